package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;

/**
 * {@code docker restart [-t N] NAME...}: stops each container as {@code docker stop} does (SIGTERM, then SIGKILL
 * after N s) and starts it again, printing each name, as the CLI does; a stopped container is just started. Its
 * anonymous and named volumes stay: what a registry stored in its volume is there after the restart.
 */
@Command(name = "restart", description = "Restart one or more containers.")
final class RestartCommand extends StopCommand {
  @Override
  void apply(String container) {
    super.apply(container);
    engine().startContainer(container);
  }
}
