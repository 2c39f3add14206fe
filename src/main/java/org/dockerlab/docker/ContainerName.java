package org.dockerlab.docker;

import java.util.regex.Pattern;

/**
 * The engine's rule for container names: a letter or digit, then at least one more of letters, digits,
 * {@code _ . -}. The docker CLI also takes a leading {@code /} (the engine's own spelling of names).
 */
public final class ContainerName {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

  private ContainerName() {}

  /** A name the engine accepts, as a lesson writes it (no leading {@code /}). */
  public static boolean isValid(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The name unchanged, or an exception whose message starts with the field, for records read from lesson files. */
  public static String require(String field, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(field + ": a container name like registry is required");
    }
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          field + ": '" + name + "' is not a valid container name (a letter or digit, then letters, digits, _ . -; at least 2 characters)");
    }
    return name;
  }
}
