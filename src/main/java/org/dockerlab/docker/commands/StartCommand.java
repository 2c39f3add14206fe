package org.dockerlab.docker.commands;

import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docker start NAME...}: starts stopped containers, printing each name (also of one running already).
 * With {@code -a} it attaches to the one container instead and returns its exit code; {@code -ai} to a
 * container with a TTY holds a session in the terminal, as {@code docker run -it} does.
 */
@Command(name = "start", description = "Start one or more stopped containers.")
final class StartCommand extends DockerSubcommand {
  @Option(names = {"-a", "--attach"}, description = "Attach STDOUT/STDERR and forward signals")
  boolean attach;

  @Option(names = {"-i", "--interactive"}, description = "Attach container's STDIN")
  boolean interactive;

  @Mixin ContainerNames containers;

  @Override
  public Integer call() {
    if (!attach && !interactive) {
      return containers.apply(io(), engine()::startContainer);
    }
    if (containers.names.size() > 1) {
      throw LabException.badInput("you cannot start and attach multiple containers at once");
    }
    DockerIo io = io();
    return new ContainerSession(engine(), io)
        .attach(containers.names.get(0), interactive ? io.stdin() : null, context().terminal(), true);
  }
}
