package org.dockerlab.docker.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.LabException;

/**
 * One {@code docker run --mount type=volume|bind,source=S,target=T[,readonly]}, the long form of {@code -v}.
 * Refusals use the CLI's words (for the option) and the engine's (for the mount), as the CLI shows them.
 */
final class MountSpec {
  private MountSpec() {}

  static ContainerSpec.Mount parse(String value, Function<String, Path> resolve) {
    String type = "volume";
    String source = null;
    String target = null;
    boolean readOnly = false;
    for (String field : value.split(",", -1)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      String val = eq < 0 ? null : field.substring(eq + 1);
      switch (key) {
        case "type" -> type = required(value, key, val).toLowerCase(Locale.ROOT);
        case "source", "src" -> source = required(value, key, val);
        case "target", "destination", "dst" -> target = required(value, key, val);
        case "readonly", "ro" -> readOnly = bool(value, field, val);
        case "volume-opt", "volume-driver", "volume-label", "volume-nocopy", "volume-subpath", "bind-propagation",
            "bind-nonrecursive", "bind-recursive", "consistency", "tmpfs-size", "tmpfs-mode" ->
            throw LabException.badInput("--mount " + key + " is not part of the lab shell; use the docker CLI in another terminal for it");
        default -> throw invalid(value, "unexpected key '" + key + "' in '" + field + "'");
      }
    }
    if (target == null || target.isEmpty()) {
      throw invalid(value, "target is required");
    }
    if (!type.equals("volume") && !type.equals("bind")) {
      throw new EngineError(400, "invalid mount config for type \"" + type + "\": " + (type.equals("tmpfs") || type.equals("npipe") || type.equals("cluster")
          ? "the lab shell mounts volumes and host directories only" : "mount type unknown"), null);
    }
    if (!target.startsWith("/")) {
      throw new EngineError(400, "invalid mount config for type \"" + type + "\": invalid mount path: '" + target + "' mount path must be absolute", null);
    }
    if (type.equals("bind")) {
      if (source == null || source.isEmpty()) {
        throw new EngineError(400, "invalid mount config for type \"bind\": field Source must not be empty", null);
      }
      Path host = source.startsWith("/") ? Path.of(source) : resolve.apply(source);
      if (!Files.exists(host)) {
        // unlike -v, --mount never creates the host directory
        throw new EngineError(400, "invalid mount config for type \"bind\": bind source path does not exist: " + host, null);
      }
      return new ContainerSpec.Mount(host.toString(), target, readOnly);
    }
    if (source == null || source.isEmpty()) {
      if (readOnly) {
        throw new EngineError(400, "invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes", null);
      }
      return ContainerSpec.Mount.anonymous(target, false);
    }
    if (!VolumeSpec.isVolumeName(source)) {
      throw new EngineError(400, "create " + source + ": \"" + source + "\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path", null);
    }
    return new ContainerSpec.Mount(source, target, readOnly);
  }

  private static String required(String value, String key, String val) {
    if (val == null) {
      throw invalid(value, "invalid field '" + key + "' must be a key=value pair");
    }
    return val;
  }

  private static boolean bool(String value, String field, String val) {
    if (val == null) {
      return true;
    }
    return switch (val.toLowerCase(Locale.ROOT)) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw invalid(value, "invalid value for '" + field.substring(0, field.indexOf('=')) + "': " + val);
    };
  }

  private static LabException invalid(String value, String why) {
    return new CliWords("invalid argument \"" + value + "\" for \"--mount\" flag: " + why);
  }
}
