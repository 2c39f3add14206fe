package org.dockerlab.docker.format;

/** IDs as the docker CLI's tables show them: 12 hex digits, without {@code sha256:}. */
public final class ShortIds {
  private ShortIds() {}

  public static String of(String id) {
    String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
