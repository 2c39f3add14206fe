package org.dockerlab.docker;

import java.time.Instant;
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
 * @param mounts what is mounted into it: volumes (named or anonymous) and host directories
 * @param created when the engine created it, or null when it did not say
 */
public record ContainerDetails(
    String id,
    String name,
    String image,
    String imageId,
    String state,
    List<ContainerSummary.PublishedPort> ports,
    List<String> env,
    Map<String, String> labels,
    List<MountPoint> mounts,
    Instant created) {

  public ContainerDetails {
    mounts = mounts == null ? List.of() : List.copyOf(mounts);
    ports = ports == null ? List.of() : List.copyOf(ports);
    env = env == null ? List.of() : List.copyOf(env);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** Without mounts and creation time. */
  public ContainerDetails(
      String id, String name, String image, String imageId, String state, List<ContainerSummary.PublishedPort> ports,
      List<String> env, Map<String, String> labels) {
    this(id, name, image, imageId, state, ports, env, labels, List.of(), null);
  }

  /**
   * One entry of a container's {@code Mounts}.
   *
   * @param type {@code volume} or {@code bind}
   * @param name the volume's name (64 hex digits for an anonymous one); null for a bind mount
   * @param source the host path behind it
   * @param destination the path in the container
   */
  public record MountPoint(String type, String name, String source, String destination) {
    /** A volume the engine named itself: {@code -v /path} or {@code --mount type=volume,target=/path}. */
    public boolean anonymous() {
      return "volume".equals(type) && anonymousName(name);
    }

    /** A volume name the engine made itself: 64 hex digits. */
    public static boolean anonymousName(String volume) {
      return volume != null && volume.matches("[0-9a-f]{64}");
    }
  }

  public boolean running() {
    return "running".equalsIgnoreCase(state);
  }
}
