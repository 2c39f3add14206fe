package org.dockerlab.docker;

/**
 * What {@code docker logs} asks for.
 *
 * @param follow keep streaming new output until the container stops
 * @param tail the number of lines from the end, or null for all
 * @param timestamps prefix each line with its time
 */
public record LogOptions(boolean follow, Integer tail, boolean timestamps) {
  public LogOptions {
    if (tail != null && tail < 0) {
      throw new IllegalArgumentException("tail must not be negative");
    }
  }
}
