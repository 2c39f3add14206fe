package org.dockerlab.docker;

import java.time.Duration;

/** What a pull, a push or a login reports while it talks to a registry. */
public sealed interface RegistryEvent {

  /**
   * One line of the engine's progress: for a layer ({@code id} is its short digest) or for the whole
   * transfer ({@code id} null), such as {@code latest: digest: sha256:... size: 528}.
   *
   * @param current bytes moved so far, 0 when not known
   * @param total bytes in all, 0 when not known
   */
  record Progress(String id, String status, long current, long total) implements RegistryEvent {}

  /**
   * The registry, on this machine, does not answer yet (it was just started): the operation waits for it,
   * at most {@code patience}.
   */
  record Waiting(String registry, Duration patience) implements RegistryEvent {}
}
