package org.dockerlab.lesson;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;

/**
 * Constructor validation for lesson records. Every message starts with the YAML field it is about
 * ({@code "path: ..."}), which the loader turns into {@code file:line: steps[0].path: ...}.
 */
final class Fields {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private Fields() {}

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }

  static String id(String field, String value) {
    text(field, value);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": '" + value + "' must be lowercase letters, digits and dashes, like save-redirect");
    }
    return value;
  }

  static String containerName(String field, String value) {
    text(field, value);
    if (!CONTAINER_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": '" + value + "' is not a valid container name (letters, digits, _ . -)");
    }
    return value;
  }

  /** A copy of the list, empty when absent; a blank entry (a stray {@code -}) is an error naming its index. */
  static <T> List<T> list(String field, List<T> values) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null || (v instanceof String s && s.isBlank())) {
        throw new IllegalArgumentException(field + "[" + i + "]: is empty");
      }
    }
    return List.copyOf(values);
  }

  /** Relative and inside the workspace: a lesson never reaches outside it. */
  static String relativePath(String field, String value) {
    text(field, value);
    try {
      Path p = Path.of(value).normalize();
      if (!p.isAbsolute() && !p.startsWith("..") && !value.startsWith("~")) {
        return value;
      }
    } catch (InvalidPathException e) {
      // reported below, like any other path outside the workspace
    }
    throw new IllegalArgumentException(field + ": must be a path inside the workspace (relative, no ..), not '" + value + "'");
  }

  static LabImage labImage(String field, String reference) {
    text(field, reference);
    return LabImages.find(reference)
        .orElseThrow(() -> new IllegalArgumentException(
            field + ": '" + reference + "' is not a lab image; the lab has " + String.join(", ", labImageNames())));
  }

  static List<String> labImageNames() {
    return LabImages.all().stream().map(LabImage::reference).toList();
  }

  static ImageRef imageRef(String field, String reference) {
    text(field, reference);
    try {
      return ImageRef.parse(reference);
    } catch (LabException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage());
    }
  }

  /** A registry the lab runs itself: {@code localhost:PORT} or {@code 127.0.0.1:PORT}. */
  static boolean isLocalRegistry(ImageRef ref) {
    String registry = ref.registry();
    if (registry == null) {
      return false;
    }
    String host = registry.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return host.equals("localhost") || host.equals("127.0.0.1");
  }

  static int port(String field, Integer value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException(field + ": " + value + " is not a port (1-65535)");
    }
    return value;
  }
}
