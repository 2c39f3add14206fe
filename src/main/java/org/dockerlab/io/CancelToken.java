package org.dockerlab.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the shell stop a running command (Ctrl-C). A blocking socket read does not notice an interrupt, so
 * commands register what to close (an engine stream, a docker-java callback) and check {@link #cancelled()}
 * between chunks of work.
 */
public final class CancelToken {
  private final List<Closeable> onCancel = new ArrayList<>();
  private volatile boolean cancelled;
  private Thread worker;

  /** A token that is never cancelled, for scripted and test use. */
  public static CancelToken none() {
    return new CancelToken();
  }

  /** Registers something to close when the command is cancelled; closes it at once if it already was. */
  public synchronized void onCancel(Closeable resource) {
    if (cancelled) {
      closeQuietly(resource);
    } else {
      onCancel.add(resource);
    }
  }

  /** The thread running the command, interrupted on cancel. */
  public synchronized void bind(Thread thread) {
    this.worker = thread;
  }

  public void cancel() {
    List<Closeable> toClose;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toClose = new ArrayList<>(onCancel);
      onCancel.clear();
      if (worker != null) {
        worker.interrupt();
      }
    }
    toClose.forEach(CancelToken::closeQuietly);
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** Throws {@link CancelledException} when the command was cancelled. */
  public void check() {
    if (cancelled || Thread.currentThread().isInterrupted()) {
      throw new CancelledException();
    }
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException e) {
      // it is being torn down because the person asked; nothing to report
    }
  }
}
