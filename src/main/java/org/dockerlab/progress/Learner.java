package org.dockerlab.progress;

import java.util.Map;
import java.util.Optional;

/**
 * Whose progress and reports these are. A name given now ({@code --learner}, else {@code DOCKERLAB_LEARNER})
 * wins and is stored; without one, the name stored in progress.json stays; the operating system's user
 * name is only the first guess, stored on first use so that reports made later elsewhere (a CI runner,
 * another account) keep naming the same person.
 */
public final class Learner {
  public static final String ENV = "DOCKERLAB_LEARNER";
  private static final int MAX_LENGTH = 100;

  private Learner() {}

  /**
   * The name to use and store.
   *
   * @param given {@code --learner}, or null
   * @param stored the name in progress.json, or null
   * @param env the environment ({@value #ENV}, {@code USER}, {@code USERNAME})
   * @param osUser the JVM's {@code user.name}, the last resort
   * @throws IllegalArgumentException with a one-line message when a given name is blank, too long or has control characters
   */
  public static String resolve(String given, String stored, Map<String, String> env, String osUser) {
    if (given != null) {
      return valid("--learner", given);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return valid(ENV, fromEnv);
    }
    if (stored != null && !stored.isBlank()) {
      return stored;
    }
    return Optional.ofNullable(env.get("USER")).filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(env.get("USERNAME")).filter(s -> !s.isBlank()))
        .or(() -> Optional.ofNullable(osUser).filter(s -> !s.isBlank()))
        .map(String::strip)
        .orElse("unknown");
  }

  /** A name a report can show on one line: trimmed, not blank, at most 100 characters, no control characters. */
  static String valid(String source, String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException(source + ": the learner's name is empty");
    }
    if (n.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(source + ": the learner's name is longer than " + MAX_LENGTH + " characters");
    }
    if (n.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(source + ": the learner's name has a line break or a control character");
    }
    return n;
  }
}
