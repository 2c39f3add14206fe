package org.dockerlab.cli;

import java.io.IOException;
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

  /** Silences logging; called first thing, before any library can print. */
  static void quiet() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
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
