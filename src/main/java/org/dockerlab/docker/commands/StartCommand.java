package org.dockerlab.docker.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docker start NAME...}: starts stopped containers, printing each name (also of one running already). */
@Command(name = "start", description = "Start one or more stopped containers.")
final class StartCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "Containers to start")
  List<String> names;

  @Override
  public Integer call() {
    return EachName.apply(docker.io(), names, docker.context().engine()::startContainer);
  }
}
