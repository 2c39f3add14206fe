package org.dockerlab.cli;

import org.dockerlab.io.CancelToken;

/**
 * Trips a {@link CancelToken} when the JVM is stopped (Ctrl-C outside the shell), so what the token holds
 * (a half-written temp file, an engine stream) is closed and removed before the process ends.
 */
final class InterruptHook implements AutoCloseable {
  private final Thread hook;

  private InterruptHook(Thread hook) {
    this.hook = hook;
  }

  static InterruptHook install(CancelToken cancel) {
    Thread hook = new Thread(cancel::cancel, "dockerlab-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    return new InterruptHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it is what cleans up now
    }
  }
}
