package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docker restart [-t N] NAME...}: stops each container (SIGTERM, then SIGKILL after N s) and starts
 * it again, printing each name, as the CLI does; a stopped container is just started. Its anonymous and
 * named volumes stay: what a registry stored in its volume is there after the restart.
 */
@Command(name = "restart", description = "Restart one or more containers.")
final class RestartCommand extends DockerSubcommand {
  @Option(names = {"-t", "--time"}, paramLabel = "N", description = "Seconds to wait for stop before killing it (default 10)")
  Integer seconds;

  @Mixin ContainerNames containers;

  @Override
  public Integer call() {
    return containers.apply(io(), n -> {
      engine().stopContainer(n, seconds);
      engine().startContainer(n);
    });
  }
}
