package org.dockerlab.docker;

import com.github.dockerjava.api.async.ResultCallbackTemplate;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;

/**
 * Waiting for docker-java's streams. Ctrl-C closes the stream (through the command's cancel token, or an
 * interrupt of the waiting thread) and cancels the command.
 */
final class Waits {
  private static final long START_TIMEOUT_SECONDS = 30;

  private Waits() {}

  /**
   * Waits until the engine ends the stream.
   *
   * @param timeout at most this long, or null for no limit
   * @param tooLong the error when the timeout passed (the stream is closed first)
   */
  static void completion(ResultCallbackTemplate<?, ?> stream, Duration timeout, Supplier<LabException> tooLong, CancelToken cancel) {
    cancel.onCancel(stream);
    try {
      if (timeout == null) {
        stream.awaitCompletion();
      } else if (!stream.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        closeQuietly(stream);
        throw tooLong.get();
      }
    } catch (InterruptedException e) {
      throw cancelled(stream);
    } catch (RuntimeException e) {
      cancel.check(); // a stream closed by Ctrl-C may end in an error: that is a cancel, not a failure
      throw e;
    }
    cancel.check();
  }

  /** Waits until the engine accepted the stream's request (an attach, before the container starts). */
  static void started(ResultCallbackTemplate<?, ?> stream, CancelToken cancel) {
    cancel.onCancel(stream);
    try {
      stream.awaitStarted(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw cancelled(stream);
    }
    cancel.check();
  }

  private static CancelledException cancelled(Closeable stream) {
    closeQuietly(stream);
    Thread.currentThread().interrupt();
    return new CancelledException();
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException e) {
      // tearing down a stream that ended or failed already; that is what is reported
    }
  }
}
