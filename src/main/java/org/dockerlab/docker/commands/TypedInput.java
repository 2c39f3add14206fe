package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import org.dockerlab.io.RawTerminal;

/**
 * What a person types at the terminal, as the standard input of {@code -i} without {@code -t} ({@code docker
 * run -i busybox cat}, {@code docker exec -i registry sh}): the terminal stays as it is between prompts (the
 * system's line editing and echo), each line goes to the container when Enter is pressed, and Ctrl-D at the
 * start of a line ends the input, as with the docker CLI. Closing it stops the reading, so that what is typed
 * after the container ended is the lab shell's again.
 */
final class TypedInput extends InputStream {
  private static final long POLL_MILLIS = 100;

  private final RawTerminal terminal;
  private final byte[] chunk = new byte[4096];
  private volatile boolean closed;

  private TypedInput(RawTerminal terminal) {
    this.terminal = terminal;
  }

  /**
   * The input for a container's stdin: the terminal's typed lines when the line's input is the person's
   * terminal, else the line's own input (a file, a pipe, nothing).
   */
  static Lease lease(DockerContext context, DockerIo io) {
    RawTerminal terminal = context.terminal();
    return terminal == null ? new Lease(io.stdin(), null) : new Lease(null, of(terminal));
  }

  /** The terminal's typed lines, until Ctrl-D or {@link #close()}. */
  static TypedInput of(RawTerminal terminal) {
    return new TypedInput(terminal);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    byte[] into = len >= chunk.length ? chunk : new byte[len];
    while (!closed) {
      int n = terminal.read(into, POLL_MILLIS);
      if (n < 0) {
        closed = true; // Ctrl-D on an empty line: the end of the input (the terminal itself goes on)
        return -1;
      }
      if (n > 0) {
        System.arraycopy(into, 0, b, off, n);
        return n;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    closed = true;
  }

  /** The stream to give the container, closed (when it is the terminal's) once the command is done. */
  record Lease(InputStream own, TypedInput typed) implements AutoCloseable {
    InputStream stream() {
      return typed != null ? typed : own;
    }

    @Override
    public void close() {
      if (typed != null) {
        typed.close();
      }
    }
  }
}
