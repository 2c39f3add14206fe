package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/** A container as {@code docker ps} lists it. */
public record ContainerSummary(
    String id,
    String name,
    String image,
    String state,
    List<PublishedPort> ports,
    Map<String, String> labels) {

  public ContainerSummary {
    ports = ports == null ? List.of() : List.copyOf(ports);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public boolean running() {
    return "running".equalsIgnoreCase(state);
  }

  /** A container port published on the host. */
  public record PublishedPort(String hostIp, int hostPort, int containerPort, String protocol) {}
}
