package org.dockerlab.docker.commands;

import java.util.List;
import java.util.Map;
import org.dockerlab.docker.Prunable;
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
    pruning.report(io().out(), Prunable.IMAGES, engine().prune(Prunable.IMAGES, byKey));
    return 0;
  }
}
