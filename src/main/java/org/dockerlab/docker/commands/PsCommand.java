package org.dockerlab.docker.commands;

import com.github.dockerjava.api.command.ListContainersCmd;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docker ps} (and {@code docker container ls}): the CLI's table of containers. */
@Command(name = "ps", description = "List containers.")
final class PsCommand implements Callable<Integer> {
  static final List<String> HEADER = List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");

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
    DockerJavaGateway engine = docker.context().engine();
    Map<String, List<String>> byKey = filters();
    List<Container> containers =
        engine.call(
            () -> {
              ListContainersCmd cmd = engine.client().listContainersCmd().withShowAll(all);
              byKey.forEach(cmd::withFilter);
              return cmd.exec();
            });
    PrintWriter out = docker.io().out();
    if (quiet) {
      containers.forEach(c -> out.println(noTrunc ? c.getId() : shortId(c.getId())));
    } else {
      TableWriter table = new TableWriter().row(HEADER);
      Instant now = Instant.now();
      containers.forEach(c -> table.row(row(c, now, !noTrunc)));
      table.print(out);
    }
    out.flush();
    return 0;
  }

  private Map<String, List<String>> filters() {
    return Filters.parse(filters);
  }

  /** One line of the table, as the CLI writes it. */
  static List<String> row(Container c, Instant now, boolean trunc) {
    String command = c.getCommand() == null ? "" : c.getCommand();
    if (trunc && command.codePointCount(0, command.length()) > 20) {
      command = command.substring(0, command.offsetByCodePoints(0, 19)) + "…";
    }
    String created = c.getCreated() == null ? "" : HumanUnits.since(Instant.ofEpochSecond(c.getCreated()), now);
    return List.of(
        trunc ? shortId(c.getId()) : c.getId(),
        image(c.getImage(), trunc),
        quote(command),
        created,
        c.getStatus() == null ? "" : c.getStatus(),
        ports(c.getPorts()),
        names(c.getNames(), trunc));
  }

  static String shortId(String id) {
    String bare = id.startsWith("sha256:") ? id.substring(7) : id;
    return bare.length() > 12 ? bare.substring(0, 12) : bare;
  }

  private static String image(String image, boolean trunc) {
    if (image == null) {
      return "";
    }
    if (trunc && image.startsWith("sha256:")) {
      return shortId(image);
    }
    int at = image.indexOf('@');
    return trunc && at > 0 ? image.substring(0, at) : image;
  }

  private static String ports(ContainerPort[] ports) {
    if (ports == null) {
      return "";
    }
    return PortFormat.display(
        Arrays.stream(ports)
            .map(
                p ->
                    new PortFormat.Port(
                        p.getIp(),
                        p.getPrivatePort() == null ? 0 : p.getPrivatePort(),
                        p.getPublicPort() == null ? 0 : p.getPublicPort(),
                        p.getType()))
            .toList());
  }

  private static String names(String[] names, boolean trunc) {
    if (names == null) {
      return "";
    }
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      String name = n.startsWith("/") ? n.substring(1) : n;
      // the CLI hides link aliases ("other/alias") unless --no-trunc
      if (!trunc || !name.contains("/")) {
        shown.add(name);
      }
    }
    return String.join(",", shown);
  }

  // Go's strconv.Quote for the printable text the engine gives
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
