package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docker image prune}: the engine removes dangling images (with {@code -a} every image no container
 * uses), after the CLI's warning and question unless {@code -f}.
 */
@Command(name = "image-prune", hidden = true, customSynopsis = "docker image prune [OPTIONS]", description = "Remove unused images.")
final class ImagePruneCommand extends DockerSubcommand {
  static final String NAME = "image-prune";

  @Option(names = {"-a", "--all"}, description = "Remove all unused images, not just dangling ones")
  boolean all;

  @Mixin Pruning pruning;

  @Override
  public Integer call() {
    String warning = all
        ? "WARNING! This will remove all images without at least one container associated to them."
        : "WARNING! This will remove all dangling images.";
    if (!pruning.confirmed(docker(), warning)) {
      return 0;
    }
    Map<String, List<String>> byKey = pruning.filters();
    byKey.put("dangling", List.of(Boolean.toString(!all)));
    JsonNode report = engine().pruneImages(byKey);
    List<String> deleted = new ArrayList<>();
    for (JsonNode item : report.path("ImagesDeleted")) {
      String untagged = item.path("Untagged").asText("");
      deleted.add(untagged.isEmpty() ? "deleted: " + item.path("Deleted").asText("") : "untagged: " + untagged);
    }
    pruning.report(io().out(), "Deleted Images:", deleted, report.path("SpaceReclaimed").asLong());
    return 0;
  }
}
