package org.dockerlab.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one answer to "is this host this machine?": {@code localhost}, {@code 127.0.0.1} and IPv6's
 * {@code ::1} (written {@code [::1]} in URLs and addresses). Lesson files may only point the lab at these,
 * so a downloaded lesson cannot make it call the internet.
 */
public final class LocalHosts {
  private static final Set<String> HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  private LocalHosts() {}

  /** A host name alone, without a port: {@code localhost}, {@code 127.0.0.1}, {@code [::1]} or {@code ::1}. */
  public static boolean isLocalHost(String host) {
    return host != null && HOSTS.contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * An address as image names and {@code docker login} write it, {@code host[:port]}: {@code localhost:5000},
   * {@code 127.0.0.1}, {@code [::1]:5000}.
   */
  public static boolean isLocalAddress(String address) {
    if (address == null) {
      return false;
    }
    String host = address;
    String port = null;
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      if (close < 0) {
        return false;
      }
      host = address.substring(0, close + 1);
      String rest = address.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return false;
        }
        port = rest.substring(1);
      }
    } else if (address.indexOf(':') == address.lastIndexOf(':') && address.indexOf(':') >= 0) {
      host = address.substring(0, address.indexOf(':'));
      port = address.substring(address.indexOf(':') + 1);
    }
    return isLocalHost(host) && (port == null || isPort(port));
  }

  /** {@code :5000} of {@code localhost:5000} or {@code [::1]:5000}; empty when the address has no port. */
  public static String portSuffix(String address) {
    int close = address.lastIndexOf(']');
    int colon = address.lastIndexOf(':');
    return colon > close && (address.startsWith("[") || address.indexOf(':') == colon) ? address.substring(colon) : "";
  }

  private static boolean isPort(String port) {
    return PORT.matcher(port).matches() && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
  }

  /** An {@code http://} URL on a local host, or an exception whose message starts with the field. */
  public static URI requireLocalUrl(String field, String url) {
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
    if (!isLocalHost(uri.getHost())) {
      throw new IllegalArgumentException(field + ": only localhost addresses are allowed in lessons, not '" + url + "'");
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException(field + ": no user:password@ in lesson URLs; use labCredentials: true");
    }
    return uri;
  }

  /** A registry address {@code host[:port]} on a local host, trimmed, or an exception whose message starts with the field. */
  public static String requireLocalAddress(String field, String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException(field + ": a registry address is required, e.g. localhost:5000");
    }
    String trimmed = address.trim();
    if (trimmed.contains("/")) {
      throw new IllegalArgumentException(field + ": write the address as host:port, e.g. localhost:5000, not '" + address + "'");
    }
    if (!isLocalAddress(trimmed)) {
      boolean hostIsLocal = isLocalAddress(trimmed.replaceFirst(":[^:\\]]*$", ""));
      throw new IllegalArgumentException(hostIsLocal
          ? field + ": '" + address + "' is not host:port, e.g. localhost:5000"
          : field + ": only localhost addresses are allowed in lessons, not '" + address + "'");
    }
    return trimmed;
  }
}
