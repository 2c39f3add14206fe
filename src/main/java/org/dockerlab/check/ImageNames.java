package org.dockerlab.check;

import java.util.ArrayList;
import java.util.List;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.LocalHosts;

/**
 * Image names compared as the engine compares them: {@code busybox} = {@code docker.io/library/busybox:latest};
 * and, for checks, {@code 127.0.0.1:5000/myapp} = {@code localhost:5000/myapp}: both name the same local registry.
 */
final class ImageNames {
  private ImageNames() {}

  /** {@code repository:tag} in the short form {@code docker images} shows; text that is no reference stays as is. */
  static String normalise(String name) {
    try {
      ImageRef ref = ImageRef.parse(name);
      String repository = repository(ref);
      return ref.digest() != null && ref.tag() == null ? repository + "@" + ref.digest() : repository + ":" + ref.tagOrLatest();
    } catch (LabException e) {
      return name;
    }
  }

  /** The repository without tag or digest, a local registry written as {@code localhost:PORT}: {@code localhost:5000/myapp}, {@code busybox}. */
  static String repositoryOf(String name) {
    try {
      return repository(ImageRef.parse(name));
    } catch (LabException e) {
      return name;
    }
  }

  /** Whether a reference names an image by digest ({@code repo@sha256:...}) rather than by tag. */
  static boolean byDigest(String name) {
    try {
      return ImageRef.parse(name).digest() != null;
    } catch (LabException e) {
      return false;
    }
  }

  /**
   * The spellings of one reference that name the same image for a check: itself and, in a local registry,
   * the same name on {@code localhost} and on {@code 127.0.0.1}.
   */
  static List<String> aliases(String name) {
    try {
      List<String> all = new ArrayList<>(List.of(name));
      ImageRef.parse(name).loopbackSpellings().stream().skip(1).map(ImageRef::toString).filter(n -> !all.contains(n)).forEach(all::add);
      return all;
    } catch (LabException e) {
      return List.of(name); // not a reference: only itself
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

  /** {@code localhost:5000} for {@code 127.0.0.1:5000}, {@code [::1]:5000} and itself; other registries as written. */
  static String registryKey(String registry) {
    if (registry != null && LocalHosts.isLocalAddress(registry)) {
      return "localhost" + LocalHosts.portSuffix(registry);
    }
    return registry;
  }

  private static String repository(ImageRef ref) {
    if (ref.onDockerHub()) {
      return ref.path().replaceFirst("^library/", "");
    }
    return registryKey(ref.registry()) + "/" + ref.path();
  }
}
