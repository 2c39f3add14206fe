package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * A local image as the engine describes it.
 *
 * @param diffIds its layers' diff IDs ({@code RootFS.Layers}), bottom first: what the image is made of,
 *     whatever it is called
 */
public record ImageDetails(
    String id, List<String> repoTags, List<String> repoDigests, Map<String, String> labels, long size, List<String> diffIds) {

  public ImageDetails {
    repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
    repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    diffIds = diffIds == null ? List.of() : List.copyOf(diffIds);
  }

  /** An image whose layers were not asked for. */
  public ImageDetails(String id, List<String> repoTags, List<String> repoDigests, Map<String, String> labels, long size) {
    this(id, repoTags, repoDigests, labels, size, List.of());
  }
}
