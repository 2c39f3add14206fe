package org.dockerlab.docker;

/** One line of the engine's report on {@code docker rmi}: a name taken off an image, or an image deleted. */
public record ImageRemoval(Kind kind, String reference) {
  public enum Kind {
    UNTAGGED,
    DELETED
  }
}
