package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docker rm [-f] [-v] NAME...}: removes containers, printing each name. */
@Command(name = "rm", description = "Remove one or more containers.")
final class RmCommand extends DockerSubcommand {
  @Option(names = {"-f", "--force"}, description = "Force the removal of a running container (uses SIGKILL)")
  boolean force;

  @Option(names = {"-v", "--volumes"}, description = "Remove anonymous volumes associated with the container")
  boolean volumes;

  @Mixin ContainerNames containers;

  @Override
  public Integer call() {
    return containers.apply(io(), n -> engine().removeContainer(n, force, volumes));
  }
}
