package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * A container as {@code docker ps} lists it.
 *
 * @param names its names as the engine gives them ({@code /registry}; link aliases too)
 * @param command the command it runs, as one line
 * @param created when it was created, in seconds since the epoch
 * @param state the engine's state word: created, running, exited...
 * @param status the status in words: {@code Up 3 minutes}, {@code Exited (0) 2 hours ago}
 * @param ports its ports; those only exposed, not published, have host port 0
 */
public record ContainerSummary(
    String id,
    List<String> names,
    String image,
    String command,
    long created,
    String state,
    String status,
    List<PublishedPort> ports,
    Map<String, String> labels) {

  public ContainerSummary {
    names = names == null ? List.of() : List.copyOf(names);
    ports = ports == null ? List.of() : List.copyOf(ports);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** The container's name ({@code registry}), or its ID when it has none. */
  public String name() {
    return names.isEmpty() ? id : names.get(0).replaceFirst("^/", "");
  }

  public boolean running() {
    return "running".equalsIgnoreCase(state);
  }

  /**
   * A container port and where it is published on the host.
   *
   * @param hostIp the host address, empty when the port is not published
   * @param hostPort the host port, 0 when the port is not published
   */
  public record PublishedPort(String hostIp, int hostPort, int containerPort, String protocol) {
    public PublishedPort {
      hostIp = hostIp == null ? "" : hostIp;
      protocol = protocol == null ? "tcp" : protocol;
    }

    public boolean published() {
      return hostPort > 0;
    }
  }
}
