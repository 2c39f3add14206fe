package org.dockerlab.setup;

import java.time.Duration;
import java.util.Optional;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.HttpWaitStrategy;
import org.dockerlab.host.WaitStrategy;

/** Waits, bounded, until a registry just started answers {@code GET /v2/} (200 open, 401 with passwords). */
final class RegistryProbe {
  private RegistryProbe() {}

  static void awaitReady(String name, int port, Duration timeout) {
    WaitStrategy registry = HttpWaitStrategy.registry("localhost:" + port);
    Optional<String> notReady;
    try {
      notReady = registry.awaitReady(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabException(ExitCode.FAILED, "interrupted while waiting for the registry " + name);
    }
    if (notReady.isPresent()) {
      throw new LabException(
          ExitCode.ENVIRONMENT,
          "the registry " + name + " did not answer on " + registry.target() + " within " + timeout.toSeconds()
              + " s (" + notReady.get() + "): see why with docker logs " + name);
    }
  }
}
