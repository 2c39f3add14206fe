package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/** A local image as the engine describes it. */
public record ImageDetails(
    String id, List<String> repoTags, List<String> repoDigests, Map<String, String> labels, long size) {

  public ImageDetails {
    repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
    repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }
}
