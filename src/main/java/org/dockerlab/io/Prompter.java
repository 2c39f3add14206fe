package org.dockerlab.io;

import java.util.Optional;

/**
 * Asks the person at the terminal for what a command line left out ({@code docker login} without
 * {@code -u} or a password). The shell implements it with JLine; there is none in scripts and tests.
 */
public interface Prompter {
  /** Shows the prompt and returns the line typed, without its line end. */
  String readLine(String prompt);

  /** Shows the prompt and reads a secret without echoing it; the caller wipes the array after use. */
  char[] readSecret(String prompt);

  /** The terminal itself, for a command that runs a session in it ({@code docker run -it}); empty in scripts and tests. */
  default Optional<RawTerminal> terminal() {
    return Optional.empty();
  }
}
