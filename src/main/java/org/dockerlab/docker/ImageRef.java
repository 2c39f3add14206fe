package org.dockerlab.docker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.LocalHosts;

/**
 * An image reference as the docker CLI reads it: {@code [registry/]path[:tag][@digest]}. A first path
 * component is a registry when it has a dot or a colon, or is {@code localhost}; otherwise the image is
 * on Docker Hub ({@code docker.io}, where one-part names live under {@code library/}).
 */
public record ImageRef(String registry, String path, String tag, String digest) {
  public static final String DOCKER_HUB = "docker.io";
  /** The key the docker CLI uses for Docker Hub in config.json. */
  public static final String DOCKER_HUB_AUTH_KEY = "https://index.docker.io/v1/";

  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");

  /** Parses a reference, rejecting what the engine would reject, with the reason in one line. */
  public static ImageRef parse(String text) {
    if (text == null || text.isBlank()) {
      throw LabException.badInput("an image name is needed, for example busybox or localhost:5000/myapp");
    }
    String rest = text.trim();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
      if (!DIGEST.matcher(digest).matches()) {
        throw invalid(text, "the digest after @ is not of the form sha256:<64 hex digits>");
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!isTag(tag)) {
        throw invalid(text, "a tag has letters, digits, '_', '.' and '-' only");
      }
    }
    String registry = null;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    if (rest.isEmpty()) {
      throw invalid(text, "the repository name is missing");
    }
    for (String component : rest.split("/", -1)) {
      if (!isComponent(component)) {
        String reason =
            component.equals(component.toLowerCase(Locale.ROOT))
                ? "'" + component + "' is not a valid name part"
                : "repository names must be lowercase";
        throw invalid(text, reason);
      }
    }
    return new ImageRef(registry, rest, tag, digest);
  }

  /** A repository path inside a registry as the engine accepts it: {@code myapp}, {@code student/myapp}. */
  public static boolean isRepositoryPath(String path) {
    return path != null && !path.isEmpty() && Arrays.stream(path.split("/", -1)).allMatch(ImageRef::isComponent);
  }

  /** A tag as the engine accepts it: letters, digits, {@code _ . -}, at most 128 characters, not starting with {@code . -}. */
  public static boolean isTag(String tag) {
    return tag != null && TAG.matcher(tag).matches();
  }

  private static boolean isComponent(String component) {
    return COMPONENT.matcher(component).matches();
  }

  private static LabException invalid(String text, String reason) {
    return LabException.badInput("invalid reference format '" + text + "': " + reason);
  }

  /** The registry host, {@code docker.io} when none is written. */
  public String registryOrHub() {
    return registry == null ? DOCKER_HUB : registry;
  }

  /** Whether the image lives in a registry on this machine, like {@code localhost:5000/myapp}. */
  public boolean inLocalRegistry() {
    return registry != null && LocalHosts.isLocalAddress(registry);
  }

  /**
   * This reference under each loopback spelling of its local registry, itself first: {@code localhost:5000/myapp}
   * and {@code 127.0.0.1:5000/myapp} (and {@code [::1]:5000/myapp} when written so) name the same registry.
   * A reference outside a local registry has only itself.
   */
  public List<ImageRef> loopbackSpellings() {
    List<ImageRef> all = new ArrayList<>(List.of(this));
    if (inLocalRegistry()) {
      for (String host : List.of("localhost", "127.0.0.1")) {
        ImageRef other = new ImageRef(host + LocalHosts.portSuffix(registry), path, tag, digest);
        if (!all.contains(other)) {
          all.add(other);
        }
      }
    }
    return all;
  }

  public boolean onDockerHub() {
    return registry == null || registry.equals(DOCKER_HUB) || registry.equals("index.docker.io");
  }

  /** The key this registry's credentials have in config.json, as the docker CLI writes it. */
  public String authKey() {
    return onDockerHub() ? DOCKER_HUB_AUTH_KEY : registry;
  }

  /** The tag, {@code latest} when none is written and no digest is given. */
  public String tagOrLatest() {
    return tag == null ? "latest" : tag;
  }

  /** Repository as written, without tag: {@code localhost:5000/myapp}, {@code busybox}. */
  public String repository() {
    return registry == null ? path : registry + "/" + path;
  }

  /** Repository path inside the registry: {@code library/busybox} for Hub one-part names. */
  public String remotePath() {
    return onDockerHub() && !path.contains("/") ? "library/" + path : path;
  }

  /** The reference with {@code :latest} added when it names no tag or digest. */
  public String withDefaultTag() {
    if (digest != null) {
      return repository() + (tag == null ? "" : ":" + tag) + "@" + digest;
    }
    return repository() + ":" + tagOrLatest();
  }

  @Override
  public String toString() {
    return repository() + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
  }
}
