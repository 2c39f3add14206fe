package org.dockerlab.io;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * One line redrawn in place on the terminal with the bytes moved so far ({@code Saving busybox: 2.103MB}),
 * wiped when done. Prints nothing when messages do not go to a terminal, so logs and tests stay clean.
 */
public final class ByteProgress implements AutoCloseable {
  private static final long REDRAW_NANOS = 100_000_000L;
  /** A quick copy shows nothing; a slow one shows a figure that means something (not the first chunk's). */
  private static final Duration FIRST_DRAW = Duration.ofMillis(500);

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private final long firstDrawNanos;
  private long lastDraw;
  private boolean drawn;

  public ByteProgress(PrintWriter err, boolean terminal, String label) {
    this(err, terminal, label, FIRST_DRAW);
  }

  /** @param firstDraw how long to wait before drawing at all */
  public ByteProgress(PrintWriter err, boolean terminal, String label, Duration firstDraw) {
    this.err = err;
    this.enabled = terminal;
    this.label = label;
    this.firstDrawNanos = firstDraw.toNanos();
  }

  /** Redraws the line, at most ten times a second. */
  public void update(long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (!drawn && now - started < firstDrawNanos) {
      return;
    }
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
