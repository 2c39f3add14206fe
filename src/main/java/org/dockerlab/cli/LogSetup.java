package org.dockerlab.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * docker-java logs through SLF4J into java.util.logging. Nothing reaches the terminal; with
 * {@code --debug} everything but the HTTP wire log goes to {@code logs/debug.log} under the state directory.
 */
final class LogSetup {
  private LogSetup() {}

  /**
   * Silences logging; called first thing, before any library can print. It names {@link Quiet} as the
   * configuration java.util.logging reads when it starts, whichever thread starts it first: its start costs
   * 20-40 ms, paid by the first library that logs (for the shell, JLine as the terminal opens beside the
   * parsing) rather than here, on the way to every prompt.
   */
  static void quiet() {
    System.setProperty("java.util.logging.config.class", Quiet.class.getName());
  }

  /** The configuration java.util.logging reads at its start (its documented hook): no handlers, nothing logged. */
  public static final class Quiet {
    public Quiet() throws IOException {
      LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(".level=OFF\nhandlers=\n".getBytes(StandardCharsets.ISO_8859_1)));
    }
  }

  /**
   * The HTTP client's wire and header logs hold request bodies and headers verbatim: a login's password,
   * a push's X-Registry-Auth. They never go to the file, debug or not.
   */
  static boolean carriesSecrets(String loggerName) {
    return loggerName != null
        && (loggerName.startsWith("org.apache.hc.client5.http.wire") || loggerName.startsWith("org.apache.hc.client5.http.headers"));
  }

  /** Sends every log record to a file; returns the file, or null when it cannot be written. */
  static Path debugToFile(Path logsDir) {
    try {
      Files.createDirectories(logsDir);
      Path file = logsDir.resolve("debug.log");
      Handler handler = new FileHandler(file.toString(), true);
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.ALL);
      handler.setFilter(r -> !carriesSecrets(r.getLoggerName()));
      Logger root = Logger.getLogger("");
      for (Handler h : root.getHandlers()) {
        root.removeHandler(h);
      }
      root.addHandler(handler);
      root.setLevel(Level.FINE);
      return file;
    } catch (IOException e) {
      return null;
    }
  }
}
