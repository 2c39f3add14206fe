package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.format.ContainerRows;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docker ps} (and {@code docker container ls}): the CLI's table of containers. */
@Command(name = "ps", description = "List containers.")
final class PsCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running)")
  boolean all;

  @Option(names = {"-q", "--quiet"}, description = "Only display container IDs")
  boolean quiet;

  @Option(names = "--no-trunc", description = "Don't truncate output")
  boolean noTrunc;

  @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Filter output (name=, label=, status=, ancestor=, id=)")
  List<String> filters = new ArrayList<>();

  @Override
  public Integer call() {
    List<ContainerSummary> containers = docker.context().engine().containers(all, Filters.parse(filters));
    PrintWriter out = docker.io().out();
    if (quiet) {
      containers.forEach(c -> out.println(ContainerRows.id(c, !noTrunc)));
    } else {
      TableWriter table = new TableWriter().row(ContainerRows.HEADER);
      Instant now = Instant.now();
      containers.forEach(c -> table.row(ContainerRows.row(c, now, !noTrunc)));
      table.print(out);
    }
    out.flush();
    return 0;
  }
}
