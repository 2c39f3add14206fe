package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * A container as {@code docker inspect} describes it.
 *
 * @param image the image as written when the container was created ({@code registry:2}, {@code localhost:5000/myapp})
 * @param imageId the ID of that image ({@code sha256:...})
 * @param state the engine's state word: created, running, exited, paused...
 * @param ports the published ports; for a stopped container, the ones it was created with
 * @param env the {@code K=V} environment entries
 */
public record ContainerDetails(
    String id,
    String name,
    String image,
    String imageId,
    String state,
    List<ContainerSummary.PublishedPort> ports,
    List<String> env,
    Map<String, String> labels) {

  public ContainerDetails {
    ports = ports == null ? List.of() : List.copyOf(ports);
    env = env == null ? List.of() : List.copyOf(env);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public boolean running() {
    return "running".equalsIgnoreCase(state);
  }
}
