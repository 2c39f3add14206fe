package org.dockerlab.shell;

import java.nio.file.Path;

/** Where a docker command's standard output goes. */
public sealed interface Sink {

  /** The terminal. */
  record Terminal() implements Sink {}

  /**
   * A file, relative paths against the shell's working directory.
   *
   * @param gzip compress natively ({@code docker save x | gzip > x.tar.gz})
   * @param gzipLevel 1 to 9, or -1 for gzip's default, as {@link java.util.zip.Deflater} takes it
   */
  record File(Path path, boolean append, boolean gzip, int gzipLevel) implements Sink {
    /** A plain file, not compressed. */
    public static File plain(Path path, boolean append) {
      return new File(path, append, false, -1);
    }
  }

  /**
   * The standard input of a command run by the system shell ({@code docker images | grep busybox}).
   * The text is verbatim, including its own redirections; its output goes to the terminal.
   */
  record Process(String shellCommand) implements Sink {}
}
