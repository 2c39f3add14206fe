package org.dockerlab.docker.format;

/** The CLI's {@code Ellipsis}: a text cut to {@code max} characters (runes), its last one {@code …}. */
public final class Ellipsis {
  private Ellipsis() {}

  public static String of(String text, int max) {
    int runes = text.codePointCount(0, text.length());
    if (runes <= max) {
      return text;
    }
    if (max <= 3) {
      return text.substring(0, text.offsetByCodePoints(0, max));
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
