package org.dockerlab.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Lessons may only point checks at this machine: a lesson file must not make the lab call the internet. */
final class LocalUrls {
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private LocalUrls() {}

  /** An {@code http://} URL on a local host, or an exception naming the field. */
  static URI requireLocalUrl(String field, String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(field + ": a URL is required, e.g. http://localhost:5000/v2/_catalog");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + ": '" + url + "' is not a URL (" + e.getReason() + ")");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(field + ": only http:// URLs are allowed, not '" + url + "'");
    }
    if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(field + ": only localhost addresses are allowed in lessons, not '" + url + "'");
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException(field + ": no user:password@ in lesson URLs; use labCredentials: true");
    }
    return uri;
  }

  /** A registry address {@code host:port} on a local host, or an exception naming the field. */
  static String requireLocalHost(String field, String host) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException(field + ": a registry address is required, e.g. localhost:5000");
    }
    if (host.contains("/")) {
      throw new IllegalArgumentException(field + ": write the address as host:port, e.g. localhost:5000, not '" + host + "'");
    }
    URI uri = requireLocalUrl(field, "http://" + host.trim());
    if (uri.getPort() < 0 && !host.trim().equals(uri.getHost())) {
      throw new IllegalArgumentException(field + ": '" + host + "' is not host:port, e.g. localhost:5000");
    }
    return host.trim();
  }

  static boolean isLocalHost(String host) {
    try {
      requireLocalHost("host", host);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
