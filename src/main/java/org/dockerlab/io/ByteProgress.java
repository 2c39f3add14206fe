package org.dockerlab.io;

import java.io.PrintWriter;

/**
 * One line redrawn in place on the terminal with the bytes moved so far ({@code Saving busybox: 2.103MB}),
 * wiped when done. Prints nothing when messages do not go to a terminal, so logs and tests stay clean.
 */
public final class ByteProgress implements AutoCloseable {
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  public ByteProgress(PrintWriter err, boolean terminal, String label) {
    this.err = err;
    this.enabled = terminal;
    this.label = label;
  }

  /** Redraws the line, at most ten times a second. */
  public void update(long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    err.print("\r" + label + ": " + HumanUnits.size(bytes, 4) + "\u001b[K");
    err.flush();
    drawn = true;
    lastDraw = now;
  }

  @Override
  public void close() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
