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
 * {@code --debug} everything goes to {@code logs/debug.log} under the state directory.
 */
final class LogSetup {
  private LogSetup() {}

  /** Silences logging; called first thing, before any library can print. */
  static void quiet() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
  }

  /** Sends every log record to a file; returns the file, or null when it cannot be written. */
  static Path debugToFile(Path logsDir) {
    try {
      Files.createDirectories(logsDir);
      Path file = logsDir.resolve("debug.log");
      Handler handler = new FileHandler(file.toString(), true);
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.ALL);
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
