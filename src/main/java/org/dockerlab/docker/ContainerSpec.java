package org.dockerlab.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container to create, the options of {@code docker run} in one record: both {@code docker run} in the shell
 * and a lesson's setup ({@code start-registry}) describe their containers with it.
 *
 * @param name the container's name; null lets the engine choose one
 * @param command the command and its arguments; empty for the image's own
 * @param entrypoint replaces the image's entry point when not null
 * @param workdir the working directory inside the container, or null
 * @param ports container ports published on the host
 * @param env {@code KEY=VALUE} entries, in order
 * @param mounts host paths or named volumes bound into the container
 * @param restart the restart policy as {@code docker run --restart} takes it ({@code always}, {@code on-failure:3}), or null
 * @param autoRemove the engine removes the container when it exits ({@code --rm})
 */
public record ContainerSpec(
    String name,
    String image,
    List<String> command,
    String entrypoint,
    String workdir,
    List<Port> ports,
    List<String> env,
    List<Mount> mounts,
    Map<String, String> labels,
    String restart,
    boolean autoRemove,
    Streams streams) {

  public ContainerSpec {
    if (image == null || image.isBlank()) {
      throw new IllegalArgumentException("a container needs an image");
    }
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("a container's name cannot be blank");
    }
    command = command == null ? List.of() : List.copyOf(command);
    ports = ports == null ? List.of() : List.copyOf(ports);
    env = env == null ? List.of() : List.copyOf(env);
    mounts = mounts == null ? List.of() : List.copyOf(mounts);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    streams = streams == null ? Streams.DETACHED : streams;
  }

  /**
   * A named container run in the background, like {@code docker run -d --name NAME -p H:C -e K=V -v HOST:PATH IMAGE};
   * the environment is passed sorted by key.
   */
  public ContainerSpec(
      String name, String image, List<Port> ports, Map<String, String> env, List<Mount> mounts, Map<String, String> labels) {
    this(required(name), image, List.of(), null, null, ports, entries(env), mounts, labels, null, false, Streams.DETACHED);
  }

  private static String required(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a container needs a name and an image");
    }
    return name;
  }

  private static List<String> entries(Map<String, String> env) {
    return env == null ? List.of() : new TreeMap<>(env).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  /**
   * {@code -p [IP:][HOST:]CONTAINER[/PROTO]}.
   *
   * @param hostIp the host address to bind, empty for every address
   * @param hostPort the host port, empty when the engine picks one
   */
  public record Port(String hostIp, String hostPort, int containerPort, String protocol) {
    public Port {
      hostIp = hostIp == null ? "" : hostIp;
      hostPort = hostPort == null ? "" : hostPort;
      protocol = protocol == null ? "tcp" : protocol;
    }

    /** {@code -p host:container} (TCP, every host address). */
    public Port(int host, int container) {
      this("", String.valueOf(host), container, "tcp");
    }
  }

  /**
   * {@code -v SOURCE:TARGET[:ro]}, or {@code -v TARGET} for an anonymous volume.
   *
   * @param source an absolute host path, the name of a volume, or null for an anonymous volume (a new one the
   *     engine names, which lives only as long as nobody prunes it)
   */
  public record Mount(String source, String target, boolean readOnly) {
    public Mount {
      if (target == null || !target.startsWith("/")) {
        throw new IllegalArgumentException("a mount's target must be an absolute path in the container, not '" + target + "'");
      }
    }

    /** An anonymous volume at the target. */
    public static Mount anonymous(String target, boolean readOnly) {
      return new Mount((String) null, target, readOnly);
    }

    /** A volume by name: neither a host path nor anonymous. */
    public boolean namedVolume() {
      return source != null && !source.startsWith("/");
    }

    /** A host directory, bound by its absolute path. */
    public Mount(Path host, String target, boolean readOnly) {
      this(host.toAbsolutePath().toString(), target, readOnly);
    }
  }

  /**
   * How the container's standard streams are connected.
   *
   * @param attached its output is streamed to the one who started it ({@code docker run} without {@code -d})
   * @param interactive its standard input stays open ({@code -i})
   * @param tty it gets a pseudo-terminal ({@code -t})
   */
  public record Streams(boolean attached, boolean interactive, boolean tty) {
    /** {@code docker run -d}: nothing attached. */
    public static final Streams DETACHED = new Streams(false, false, false);
  }
}
