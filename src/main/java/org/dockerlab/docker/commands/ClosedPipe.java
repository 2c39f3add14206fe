package org.dockerlab.docker.commands;

import java.io.IOException;

/**
 * The reader of standard output went away ({@code | head -c 10}): the command stops quietly, as the docker
 * CLI does (SIGPIPE), instead of reporting "Broken pipe".
 */
final class ClosedPipe extends RuntimeException {
  ClosedPipe() {
    super("the reader of standard output went away", null, false, false);
  }

  /** Whether a write failed because the other end of a pipe was closed. */
  static boolean is(IOException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Broken pipe") || message.contains("Stream closed") || message.contains("Pipe closed");
  }
}
