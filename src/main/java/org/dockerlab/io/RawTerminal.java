package org.dockerlab.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The person's terminal, lent to a command that runs a session in it ({@code docker run -it}, {@code docker
 * exec -it}, {@code docker attach}): raw mode, typed bytes, the window size and its changes. The shell
 * implements it with JLine.
 */
public interface RawTerminal {
  /**
   * Switches to raw mode as the docker CLI does: no echo, no line editing, no signals (Ctrl-C and Ctrl-D
   * are bytes for the container). Closing the result restores the terminal as it was.
   */
  Restore enterRaw();

  /**
   * Switches to the mode in which the lab edits a line of input itself ({@code -i} without {@code -t}): no
   * echo and no line editing by the system, Enter read as a newline, Ctrl-C still an interrupt. The
   * system's own line mode cannot be used: the end of input it makes of Ctrl-D does not reach a reader that
   * also waits with a timeout, and a read waiting for a line cannot be called off. Closing the result
   * restores the terminal as it was.
   */
  Restore enterLineMode();

  /** The window's size now. */
  Size size();

  /** Calls {@code action} whenever the window is resized (SIGWINCH), until the result is closed. */
  Restore onResize(Runnable action);

  /**
   * Reads what was typed.
   *
   * @return the number of bytes read; 0 when nothing came within the timeout; -1 at the end of input
   */
  int read(byte[] buffer, long timeoutMillis) throws IOException;

  /** The screen, written raw. */
  OutputStream output();

  /** Undoes what was done; never fails. */
  interface Restore extends AutoCloseable {
    @Override
    void close();
  }

  /** A window size in character cells. */
  record Size(int columns, int rows) {}
}
