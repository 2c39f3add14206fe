package org.dockerlab.docker.commands;

import java.util.List;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "Containers to start")
  List<String> names;

  @Override
  public Integer call() {
    if (!attach && !interactive) {
      return EachName.apply(io(), names, engine()::startContainer);
    }
    if (names.size() > 1) {
      throw LabException.badInput("you cannot start and attach multiple containers at once");
    }
    DockerIo io = io();
    return new ContainerSession(engine(), io)
        .attach(names.get(0), interactive ? io.stdin() : null, context().terminal(), true);
  }
}
