package org.dockerlab.docker.commands;

import com.github.dockerjava.api.command.LogContainerCmd;
import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docker logs [-f] [--tail N] NAME}: the container's output, stdout and stderr kept apart. */
@Command(name = "logs", description = "Fetch the logs of a container.")
final class LogsCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-f", "--follow"}, description = "Follow log output (Ctrl-C stops following)")
  boolean follow;

  @Option(names = {"-n", "--tail"}, paramLabel = "N", description = "Number of lines to show from the end of the logs (default \"all\")")
  String tail = "all";

  @Option(names = {"-t", "--timestamps"}, description = "Show timestamps")
  boolean timestamps;

  @Parameters(index = "0", paramLabel = "CONTAINER", description = "The container")
  String container;

  @Override
  public Integer call() {
    DockerJavaGateway engine = docker.context().engine();
    LogContainerCmd logs =
        engine.client()
            .logContainerCmd(container)
            .withStdOut(true)
            .withStdErr(true)
            .withFollowStream(follow)
            .withTimestamps(timestamps);
    if (tail.equals("all")) {
      logs.withTailAll();
    } else {
      logs.withTail(lines(tail));
    }
    ContainerOutput output = engine.call(() -> logs.exec(new ContainerOutput(docker.io())));
    output.follow(engine);
    return 0;
  }

  private static int lines(String tail) {
    try {
      int n = Integer.parseInt(tail);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw LabException.badInput("invalid value for --tail: " + tail + " (a number of lines, or all)");
    }
  }
}
