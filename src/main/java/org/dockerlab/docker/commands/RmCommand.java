package org.dockerlab.docker.commands;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker rm [-f] [-v] NAME...}: removes containers, printing each name. */
@Command(name = "rm", description = "Remove one or more containers.")
final class RmCommand extends DockerSubcommand {
  @Option(names = {"-f", "--force"}, description = "Force the removal of a running container (uses SIGKILL)")
  boolean force;

  @Option(names = {"-v", "--volumes"}, description = "Remove anonymous volumes associated with the container")
  boolean volumes;

  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "Containers to remove")
  List<String> names;

  @Override
  public Integer call() {
    return EachName.apply(io(), names, n -> engine().removeContainer(n, force, volumes));
  }
}
