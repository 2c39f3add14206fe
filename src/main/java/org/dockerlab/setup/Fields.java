package org.dockerlab.setup;

import java.util.List;
import java.util.regex.Pattern;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;

/**
 * Constructor validation for records read from lesson files: the setup actions here and the lesson records
 * of {@code org.dockerlab.lesson}. Every message starts with the YAML field it is about
 * ({@code "path: ..."}), which the loader turns into {@code file:line: steps[0].path: ...}. Paths, hosts and
 * container names follow the lab's one rule for each ({@link org.dockerlab.files.WorkspacePath},
 * {@link org.dockerlab.host.LocalHosts}, {@link org.dockerlab.docker.ContainerName}).
 */
public final class Fields {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Fields() {}

  public static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }

  public static String id(String field, String value) {
    text(field, value);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": '" + value + "' must be lowercase letters, digits and dashes, like save-redirect");
    }
    return value;
  }

  /** A copy of the list, empty when absent; a blank entry (a stray {@code -}) is an error naming its index. */
  public static <T> List<T> list(String field, List<T> values) {
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

  /** The reference of one of the lab's images (see {@link LabImages}), or an exception naming the field. */
  public static String labImage(String field, String reference) {
    text(field, reference);
    if (LabImages.find(reference).isEmpty()) {
      throw new IllegalArgumentException(
          field + ": '" + reference + "' is not a lab image; the lab has " + String.join(", ", labImageNames()));
    }
    return reference;
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
