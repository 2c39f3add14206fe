package org.dockerlab.docker.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.errors.LabException;

/**
 * One {@code docker run -v SOURCE:TARGET[:ro|rw]}. A source that starts with {@code /} is a host path; one
 * written like a path ({@code ./site}, {@code data/www}) or naming something that exists in the working
 * directory is resolved against it (docker itself wants absolute paths); any other plain name is a named
 * volume, as in docker ({@code -v registry-data:/var/lib/registry}); a target alone ({@code -v /data}) is an
 * anonymous volume.
 */
final class VolumeSpec {
  private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private VolumeSpec() {}

  static ContainerSpec.Mount parse(String value, Function<String, Path> resolve) {
    if (value.startsWith("/") && !value.contains(":")) {
      // -v /var/lib/registry: an anonymous volume, a new one for each container
      return ContainerSpec.Mount.anonymous(value, false);
    }
    String[] parts = value.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw LabException.badInput("invalid volume specification: '" + value + "' (expected -v SOURCE:TARGET[:ro])");
    }
    boolean readOnly = false;
    if (parts.length == 3) {
      switch (parts[2]) {
        case "ro" -> readOnly = true;
        case "rw" -> readOnly = false;
        default -> throw LabException.badInput("invalid mode: " + parts[2] + " (in -v " + value + ": use ro or rw)");
      }
    }
    if (!parts[1].startsWith("/")) {
      throw LabException.badInput("invalid volume specification: '" + value + "': the target must be an absolute path in the container");
    }
    return new ContainerSpec.Mount(source(parts[0], resolve), parts[1], readOnly);
  }

  /** A name the engine accepts for a local volume. */
  static boolean isVolumeName(String name) {
    return VOLUME_NAME.matcher(name).matches();
  }

  private static String source(String source, Function<String, Path> resolve) {
    if (source.startsWith("/")) {
      return source;
    }
    Path resolved = resolve.apply(source);
    if (!VOLUME_NAME.matcher(source).matches() || Files.exists(resolved)) {
      return resolved.toString();
    }
    return source;
  }
}
