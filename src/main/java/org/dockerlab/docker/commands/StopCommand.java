package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docker stop [-t N] NAME...}: stops running containers (SIGTERM, then SIGKILL after N s), printing each
 * name. {@link RestartCommand} takes the same options and starts each container again after.
 */
@Command(name = "stop", description = "Stop one or more running containers.")
class StopCommand extends DockerSubcommand {
  @Option(names = {"-t", "--time"}, paramLabel = "N", description = "Seconds to wait for stop before killing it (default 10)")
  Integer seconds;

  @Mixin ContainerNames containers;

  @Override
  public final Integer call() {
    return containers.apply(io(), this::apply);
  }

  /** What is done to each container. */
  void apply(String container) {
    engine().stopContainer(container, seconds);
  }
}
