package org.dockerlab.testing;

import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;

/** Containers the integration tests put in the lab's way, as {@code docker create --name NAME IMAGE CMD...} would. */
public final class Specs {
  private Specs() {}

  /** A container with the given labels and command, nothing published. */
  public static ContainerSpec container(String name, String image, Map<String, String> labels, String... command) {
    return withPorts(name, image, List.of(), labels, command);
  }

  /** The same, with ports published. */
  public static ContainerSpec withPorts(String name, String image, List<ContainerSpec.Port> ports, Map<String, String> labels, String... command) {
    return new ContainerSpec(
        name, image, List.of(command), null, null, ports, List.of(), List.of(), labels, null, false, ContainerSpec.Streams.DETACHED);
  }
}
