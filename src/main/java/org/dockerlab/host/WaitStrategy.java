package org.dockerlab.host;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether something just started answers yet (a registry, a published port), looked at once or waited for
 * with a timeout: testcontainers' {@code WaitStrategy}, without the container in a field.
 */
public interface WaitStrategy {
  /** How often {@link #awaitReady} looks. */
  Duration POLL = Duration.ofMillis(100);

  /**
   * Looks once.
   *
   * @return empty when ready, else what was seen instead ({@code ConnectException}, {@code HTTP 404})
   */
  Optional<String> look() throws InterruptedException;

  /** Where it looks, for messages: {@code http://localhost:5000/v2/}. */
  String target();

  /**
   * Looks until ready or until the timeout has passed.
   *
   * @return empty when ready, else what was seen at the last look
   */
  default Optional<String> awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> seen = look();
      if (seen.isEmpty() || System.nanoTime() + POLL.toNanos() > deadline) {
        return seen;
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
