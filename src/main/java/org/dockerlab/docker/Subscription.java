package org.dockerlab.docker;

import java.time.Duration;

/** A stream the engine keeps sending ({@code docker events}): close it to stop it. */
public interface Subscription extends AutoCloseable {
  /**
   * Waits until the engine ends the stream (its {@code until} has passed) or it is closed.
   *
   * @return false when the timeout passed first
   */
  boolean awaitEnd(Duration timeout);

  @Override
  void close();
}
