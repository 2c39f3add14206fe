package org.dockerlab.shell;

import java.nio.file.Path;

/** Where a docker command's standard input comes from. */
public sealed interface Source {

  /** No input: docker reads nothing (or the terminal, for interactive commands). */
  record None() implements Source {}

  /**
   * A file, relative paths against the shell's working directory.
   *
   * @param gunzip decompress natively first ({@code gunzip -c FILE | docker load})
   */
  record File(Path path, boolean gunzip) implements Source {}

  /** The output of a command run by the system shell ({@code curl ... | docker load}). */
  record Process(String shellCommand) implements Source {}
}
