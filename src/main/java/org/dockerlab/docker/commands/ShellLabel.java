package org.dockerlab.docker.commands;

import java.util.Map;

/** The label on every container the lab shell creates, so that a reset removes only what the lab made. */
public final class ShellLabel {
  public static final String KEY = "org.dockerlab.created-by";
  public static final String VALUE = "dockerlab-shell";

  private ShellLabel() {}

  /** The label as a filter for {@code listContainersCmd().withLabelFilter(...)}. */
  public static Map<String, String> filter() {
    return Map.of(KEY, VALUE);
  }
}
