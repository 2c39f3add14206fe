package org.dockerlab.errors;

/**
 * Makes text a person typed safe to echo in a one-line message: control characters (which could move the
 * cursor, clear the screen or retitle the terminal), bidi overrides and broken surrogates are shown as
 * escapes instead of being sent to the terminal.
 */
public final class Printable {
  private Printable() {}

  /** The text on one line, with every character a terminal would act on written as an escape. */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(text, i, c);
      if (escape != null && s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (s != null) {
        s.append(escape != null ? escape : String.valueOf(c));
      }
      if (escape == null && Character.isHighSurrogate(c) && i + 1 < text.length()) {
        i++;
        if (s != null) {
          s.append(text.charAt(i));
        }
      }
    }
    return s == null ? text : s.toString();
  }

  private static String escape(String text, int i, char c) {
    if (c == '\t') {
      return "\\t";
    }
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      return String.format("\\x%02x", (int) c);
    }
    boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    boolean loneHigh = Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
    if (bidi || loneHigh || Character.isLowSurrogate(c)) {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
