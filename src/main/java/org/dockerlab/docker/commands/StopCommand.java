package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docker stop [-t N] NAME...}: stops running containers (SIGTERM, then SIGKILL after N s), printing each name. */
@Command(name = "stop", description = "Stop one or more running containers.")
final class StopCommand extends DockerSubcommand {
  @Option(names = {"-t", "--time"}, paramLabel = "N", description = "Seconds to wait for stop before killing it (default 10)")
  Integer seconds;

  @Mixin ContainerNames containers;

  @Override
  public Integer call() {
    return containers.apply(io(), n -> engine().stopContainer(n, seconds));
  }
}
