package org.dockerlab.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A container to create and start, like {@code docker run -d --name NAME -p H:C -e K=V -v HOST:PATH IMAGE}.
 *
 * @param ports host ports published to container ports, on every host address
 * @param mounts host directories bound into the container
 */
public record ContainerSpec(
    String name, String image, List<Port> ports, Map<String, String> env, List<Mount> mounts, Map<String, String> labels) {

  public ContainerSpec {
    if (name == null || name.isBlank() || image == null || image.isBlank()) {
      throw new IllegalArgumentException("a container needs a name and an image");
    }
    ports = ports == null ? List.of() : List.copyOf(ports);
    env = env == null ? Map.of() : Map.copyOf(env);
    mounts = mounts == null ? List.of() : List.copyOf(mounts);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** {@code -p host:container} (TCP). */
  public record Port(int host, int container) {}

  /** {@code -v host:container[:ro]}. */
  public record Mount(Path host, String container, boolean readOnly) {}
}
