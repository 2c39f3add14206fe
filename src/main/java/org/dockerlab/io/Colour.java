package org.dockerlab.io;

import java.util.Map;

/**
 * Whether this run prints colour, decided once: {@code --color}, then {@code NO_COLOR} (no-color.org: set
 * and not empty), then whether the output is a terminal. Everything that colours text asks this.
 */
public record Colour(boolean enabled) {
  /** No colour: for output to files, pipes and tests. */
  public static final Colour NONE = new Colour(false);

  /** The values of {@code --color}. */
  public enum Mode {
    AUTO,
    ALWAYS,
    NEVER
  }

  /**
   * @param terminal whether the output goes to a terminal
   */
  public static Colour decide(Mode mode, Map<String, String> env, boolean terminal) {
    return switch (mode) {
      case ALWAYS -> new Colour(true);
      case NEVER -> NONE;
      case AUTO -> new Colour(terminal && !noColor(env) && !"dumb".equals(env.get("TERM")));
    };
  }

  /** True when {@code NO_COLOR} asks for no colour. */
  public static boolean noColor(Map<String, String> env) {
    String v = env.get("NO_COLOR");
    return v != null && !v.isEmpty();
  }

  /** The text in an ANSI style ({@code "1"} bold, {@code "2"} dim, {@code "32"} green...), or as it is. */
  public String style(String sgr, String text) {
    return enabled ? "\033[" + sgr + "m" + text + "\033[0m" : text;
  }

  public String bold(String text) {
    return style("1", text);
  }

  public String dim(String text) {
    return style("2", text);
  }

  public String green(String text) {
    return style("32", text);
  }

  public String red(String text) {
    return style("31", text);
  }
}
