package org.dockerlab.shell;

/** Masks the password of {@code scheme://user:password@host} anywhere in a line, quoted or not. */
final class UrlCredentials {
  private static final String END_OF_AUTHORITY = "/?# \t\n'\"";

  private UrlCredentials() {}

  static void mask(String line, MaskRanges ranges) {
    int from = 0;
    int scheme;
    while ((scheme = line.indexOf("://", from)) >= 0) {
      int start = scheme + 3;
      int end = start;
      while (end < line.length() && END_OF_AUTHORITY.indexOf(line.charAt(end)) < 0) {
        end++;
      }
      int at = line.lastIndexOf('@', end - 1);
      if (at >= start) {
        int colon = line.indexOf(':', start);
        if (colon >= 0 && colon + 1 < at && line.charAt(colon + 1) != '$') {
          ranges.add(colon + 1, at, SecretMasker.MASK);
        }
      }
      from = Math.max(end, start);
    }
  }
}
