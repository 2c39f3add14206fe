package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSummary;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.dockerlab.docker.format.ContainerRows;
import org.dockerlab.docker.format.RowFormat;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docker ps} (and {@code docker container ls}): the CLI's table of containers. */
@Command(name = "ps", description = "List containers.")
final class PsCommand extends DockerSubcommand {
  @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running)")
  boolean all;

  @Option(names = {"-q", "--quiet"}, description = "Only display container IDs")
  boolean quiet;

  @Option(names = {"-n", "--last"}, paramLabel = "N", description = "Show n last created containers (includes all states)")
  int last = -1;

  @Option(names = {"-l", "--latest"}, description = "Show the latest created container (includes all states)")
  boolean latest;

  @Option(names = {"-s", "--size"}, description = "Display total file sizes")
  boolean size;

  @Mixin TruncatedListFormat format;

  @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Filter output (name=, label=, status=, ancestor=, id=)")
  List<String> filters = new ArrayList<>();

  @Override
  public Integer call() {
    RowFormat custom = quiet ? null : format.custom().orElse(null);
    boolean noTrunc = format.noTrunc;
    int limit = latest ? 1 : last;
    // like the engine's limit, -n and -l count stopped containers too; the engine lists newest first
    List<ContainerSummary> containers = engine().containers(all || limit > 0, Filters.parse(filters));
    if (limit > 0 && containers.size() > limit) {
      containers = containers.subList(0, limit);
    }
    PrintWriter out = io().out();
    if (custom != null) {
      Map<String, JsonNode> records = new HashMap<>();
      if (!containers.isEmpty()) {
        // a template may name .Size (then the engine must count sizes, as the CLI asks it to), .Mounts, .Networks
        boolean sizes = size || format.mentions(".Size") || format.wholeRows();
        engine().containersJson(all || limit > 0, sizes, Filters.parse(filters)).forEach(j -> records.put(j.path("Id").asText(), j));
      }
      Instant now = Instant.now();
      custom.print(ContainerRows.HEADERS,
          containers.stream().map(c -> ContainerRows.fields(c, records.getOrDefault(c.id(), MissingNode.getInstance()), now, !noTrunc)).toList(), out);
    } else if (quiet) {
      containers.forEach(c -> out.println(ContainerRows.id(c, !noTrunc)));
    } else {
      Map<String, String> sizes = size && !containers.isEmpty() ? sizes(all || limit > 0) : Map.of();
      List<String> header = new ArrayList<>(ContainerRows.HEADER);
      if (size) {
        header.add("SIZE");
      }
      TableWriter table = new TableWriter().row(header);
      Instant now = Instant.now();
      for (ContainerSummary c : containers) {
        List<String> row = new ArrayList<>(ContainerRows.row(c, now, !noTrunc));
        if (size) {
          row.add(sizes.getOrDefault(c.id(), "0B"));
        }
        table.row(row);
      }
      table.print(out);
    }
    out.flush();
    return 0;
  }

  /** The SIZE column by container ID: {@code 12B (virtual 4.26MB)}, as the CLI writes it. */
  private Map<String, String> sizes(boolean everyState) {
    Map<String, String> sizes = new HashMap<>();
    for (JsonNode c : engine().containersJson(everyState, true, Filters.parse(filters))) {
      sizes.put(c.path("Id").asText(), ContainerRows.size(c.path("SizeRw").asLong(), c.path("SizeRootFs").asLong()));
    }
    return sizes;
  }
}
