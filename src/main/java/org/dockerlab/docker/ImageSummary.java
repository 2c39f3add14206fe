package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * An image as {@code docker images} lists it.
 *
 * @param created when it was built, in seconds since the epoch
 * @param size its size in bytes
 */
public record ImageSummary(
    String id, List<String> repoTags, List<String> repoDigests, long created, long size, Map<String, String> labels) {

  public ImageSummary {
    repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
    repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }
}
