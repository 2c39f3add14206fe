package org.dockerlab.check;

import java.util.List;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;

/** Image names compared as the engine compares them: {@code busybox} = {@code docker.io/library/busybox:latest}. */
final class ImageNames {
  private ImageNames() {}

  /** {@code repository:tag} in the short form {@code docker images} shows; text that is no reference stays as is. */
  static String normalise(String name) {
    try {
      ImageRef ref = ImageRef.parse(name);
      String repository = ref.onDockerHub() ? ref.path().replaceFirst("^library/", "") : ref.repository();
      return ref.digest() != null && ref.tag() == null ? repository + "@" + ref.digest() : repository + ":" + ref.tagOrLatest();
    } catch (LabException e) {
      return name;
    }
  }

  /** Each name normalised, each once, in order: the tags of an archive as a learner compares them. */
  static List<String> normaliseAll(List<String> names) {
    return names.stream().map(ImageNames::normalise).distinct().toList();
  }

  /** Validates a reference written in a lesson; the message names the field. */
  static String require(String field, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(field + ": an image reference is required, e.g. busybox:latest");
    }
    try {
      ImageRef.parse(name);
    } catch (LabException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage());
    }
    return name.trim();
  }
}
