package org.dockerlab.docker;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.dockerlab.host.HttpWaitStrategy;
import org.dockerlab.host.LocalHosts;
import org.dockerlab.host.WaitStrategy;
import org.dockerlab.io.CancelledException;

/**
 * A registry container answers a moment after {@code docker run -d} returns. Before a pull, push or login
 * to a registry on this machine that does not answer yet while a running container publishes its port, the
 * gateway says so once and waits a few seconds for it, instead of failing a learner (or a lesson's setup) who
 * went on quickly. A registry elsewhere, one no container serves (nothing was started: no wait, the engine's
 * "connection refused" at once), or one still silent after the wait, gets the request anyway, and its failure
 * is reported in the engine's words.
 */
final class StartingRegistry {
  static final Duration PATIENCE = Duration.ofSeconds(5);

  private final Function<String, WaitStrategy> strategies;
  private final IntPredicate published;
  private final Duration patience;

  /**
   * @param strategies how to tell that the registry at {@code host:port} answers
   * @param published whether a running container publishes a host port (a registry that may be starting)
   */
  StartingRegistry(Function<String, WaitStrategy> strategies, IntPredicate published, Duration patience) {
    this.strategies = strategies;
    this.published = published;
    this.patience = patience;
  }

  /** Any HTTP answer on {@code /v2/} will do: a registry that listens, even one that refuses, is not starting. */
  static StartingRegistry overHttp(IntPredicate published) {
    return new StartingRegistry(HttpWaitStrategy::anyAnswer, published, PATIENCE);
  }

  /**
   * Returns at once when the registry is not on this machine or answers; otherwise reports
   * {@link RegistryEvent.Waiting} and waits until it answers, at most the patience.
   *
   * @param registry {@code localhost:5000}; null for Docker Hub
   */
  void awaitIfStarting(String registry, Consumer<RegistryEvent> events) {
    if (!isLocal(registry)) {
      return;
    }
    WaitStrategy strategy = strategies.apply(registry);
    try {
      if (strategy.look().isEmpty() || !mayBeStarting(registry)) {
        return;
      }
      events.accept(new RegistryEvent.Waiting(registry, patience));
      strategy.awaitReady(patience);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
  }

  /** Whether a running container publishes the registry's port; when the port cannot be told, it may be. */
  private boolean mayBeStarting(String registry) {
    String port = registry.substring(registry.lastIndexOf(':') + 1);
    return !port.matches("\\d{1,5}") || published.test(Integer.parseInt(port));
  }

  static boolean isLocal(String registry) {
    return LocalHosts.isLocalAddress(registry);
  }
}
