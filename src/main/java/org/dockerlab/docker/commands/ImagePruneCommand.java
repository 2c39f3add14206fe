package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.io.HumanUnits;
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

  @Mixin PruneConfirmation confirmation;

  @Option(names = "--filter", paramLabel = "FILTER", description = "Provide filter values (e.g. \"until=<timestamp>\", \"label=<key>=<value>\")")
  List<String> filters = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = io().out();
    String warning = all
        ? "WARNING! This will remove all images without at least one container associated to them."
        : "WARNING! This will remove all dangling images.";
    if (!confirmation.confirmed(docker(), warning)) {
      return 0;
    }
    Map<String, List<String>> byKey = Filters.parse(filters);
    byKey.put("dangling", List.of(Boolean.toString(!all)));
    JsonNode report = engine().pruneImages(byKey);
    JsonNode deleted = report.path("ImagesDeleted");
    if (deleted.isArray() && !deleted.isEmpty()) {
      out.println("Deleted Images:");
      for (JsonNode item : deleted) {
        String untagged = item.path("Untagged").asText("");
        out.println(untagged.isEmpty() ? "deleted: " + item.path("Deleted").asText("") : "untagged: " + untagged);
      }
      out.println();
    }
    out.println("Total reclaimed space: " + HumanUnits.size(report.path("SpaceReclaimed").asLong(), 4));
    out.flush();
    return 0;
  }
}
