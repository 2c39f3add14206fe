package org.dockerlab.docker.commands;

import org.dockerlab.docker.LogOptions;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker logs [-f] [--tail N] NAME}: the container's output, stdout and stderr kept apart. */
@Command(name = "logs", description = "Fetch the logs of a container.")
final class LogsCommand extends DockerSubcommand {
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
    LogOptions options = new LogOptions(follow, tail.equals("all") ? null : lines(tail), timestamps);
    engine().logs(container, options, new ContainerOutput(io()), io().cancel());
    return 0;
  }

  private static Integer lines(String tail) {
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
