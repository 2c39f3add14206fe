package org.dockerlab.docker.commands;

import org.dockerlab.docker.Prunable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code docker container prune}: the engine removes every stopped container, after the CLI's warning and question unless {@code -f}. */
@Command(name = "container-prune", hidden = true, customSynopsis = "docker container prune [OPTIONS]", description = "Remove all stopped containers.")
final class ContainerPruneCommand extends DockerSubcommand {
  static final String NAME = "container-prune";

  @Mixin Pruning pruning;

  @Override
  public Integer call() {
    if (!pruning.confirmed(docker(), "WARNING! This will remove all stopped containers.")) {
      return 0;
    }
    pruning.report(io().out(), Prunable.CONTAINERS, engine().prune(Prunable.CONTAINERS, pruning.filters()));
    return 0;
  }
}
