package org.dockerlab.docker.config;

import java.util.Set;
import org.dockerlab.docker.ImageRef;

/** Turns a registry address as a person types it ({@code docker login SERVER}) into its config.json key. */
public final class RegistryAddress {
  /** Every way of writing Docker Hub; the docker CLI files them all under one key. */
  private static final Set<String> DOCKER_HUB_HOSTS =
      Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

  private RegistryAddress() {}

  /**
   * The config.json key for a typed server: {@code https://index.docker.io/v1/} for Docker Hub (also when
   * nothing is typed), otherwise the host and port without scheme or path, like the CLI's ConvertToHostname.
   */
  public static String authKey(String typed) {
    if (typed == null || typed.isBlank()) {
      return ImageRef.DOCKER_HUB_AUTH_KEY;
    }
    String host = typed.trim();
    if (host.startsWith("http://")) {
      host = host.substring("http://".length());
    } else if (host.startsWith("https://")) {
      host = host.substring("https://".length());
    }
    int slash = host.indexOf('/');
    if (slash >= 0) {
      host = host.substring(0, slash);
    }
    return host.isEmpty() || DOCKER_HUB_HOSTS.contains(host) ? ImageRef.DOCKER_HUB_AUTH_KEY : host;
  }
}
