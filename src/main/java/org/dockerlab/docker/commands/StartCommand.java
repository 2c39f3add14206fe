package org.dockerlab.docker.commands;

import com.github.dockerjava.api.exception.NotModifiedException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerJavaGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docker start NAME...}: starts stopped containers, printing each name. */
@Command(name = "start", description = "Start one or more stopped containers.")
final class StartCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "Containers to start")
  List<String> names;

  @Override
  public Integer call() {
    DockerJavaGateway engine = docker.context().engine();
    return EachName.apply(
        docker.io(),
        names,
        n ->
            engine.run(
                () -> {
                  try {
                    engine.client().startContainerCmd(n).exec();
                  } catch (NotModifiedException alreadyRunning) {
                    // the CLI prints the name of a container that was running already
                  }
                }));
  }
}
