package org.dockerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * What {@code docker build} asks of the engine's classic builder.
 *
 * @param tags the names to give the image ({@code -t}, several allowed)
 * @param dockerfile the Dockerfile's path inside the context
 * @param buildArgs {@code --build-arg} values
 * @param labels labels set on the image
 * @param quiet only the image ID at the end
 */
public record BuildSpec(
    List<String> tags, String dockerfile, Map<String, String> buildArgs, Map<String, String> labels, boolean noCache, boolean quiet) {
  public BuildSpec {
    tags = List.copyOf(tags);
    buildArgs = Map.copyOf(buildArgs);
    labels = Map.copyOf(labels);
  }
}
