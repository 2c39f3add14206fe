package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.docker.Prunable;
import org.dockerlab.docker.format.GoJson;
import org.dockerlab.docker.format.GoTemplate;
import org.dockerlab.docker.format.RowFormat;
import org.dockerlab.docker.format.TableWriter;
import org.dockerlab.docker.format.VolumeRows;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker volume}: create, list, inspect, remove and prune volumes, printing what the docker CLI
 * prints. A volume created here carries the lab's label, so that a lesson's cleanup may remove it later.
 */
@Command(
    name = "volume",
    description = "Manage volumes.",
    subcommands = {
      VolumeCommand.Create.class, VolumeCommand.Ls.class, VolumeCommand.Inspect.class, VolumeCommand.Rm.class, VolumeCommand.Prune.class
    })
final class VolumeCommand extends DockerGroup {
  /** The label every volume the lab shell creates carries (besides those the person gave). */
  static Map<String, String> withLabLabel(Map<String, String> labels) {
    Map<String, String> all = new LinkedHashMap<>(labels);
    all.put(LabLabels.CREATED_BY, LabLabels.BY_SHELL);
    return all;
  }

  /** {@code KEY=VALUE} options ({@code --label}, {@code --opt}) as a map; a KEY alone has an empty value, as in the CLI. */
  private static Map<String, String> pairs(List<String> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      map.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
    }
    return map;
  }

  /** {@code docker volume create [NAME]}: prints the volume's name; one that exists already is kept as it is. */
  @Command(name = "create", description = "Create a volume.")
  static final class Create extends DockerSubcommand {
    @Option(names = {"-d", "--driver"}, paramLabel = "DRIVER", description = "Specify volume driver name (default \"local\")")
    String driver;

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Set metadata for a volume")
    List<String> labels = new ArrayList<>();

    @Option(names = {"-o", "--opt"}, paramLabel = "KEY=VALUE", description = "Set driver specific options")
    List<String> options = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "Specify volume name", hidden = true)
    String nameOption;

    @Parameters(arity = "0..1", paramLabel = "VOLUME", description = "The volume's name (one is made up when left out)")
    String name;

    @Override
    public Integer call() {
      if (name != null && nameOption != null) {
        throw new CliWords("Conflicting options: either specify --name or provide positional arg, not both");
      }
      String chosen = name != null ? name : nameOption;
      JsonNode created = engine().createVolume(chosen, driver, pairs(options), withLabLabel(pairs(labels)));
      PrintWriter out = io().out();
      out.println(created.path("Name").asText(chosen == null ? "" : chosen));
      out.flush();
      return 0;
    }
  }

  /** {@code docker volume ls}: the CLI's table, names only with {@code -q}, or {@code --format}. */
  @Command(name = "ls", aliases = "list", description = "List volumes.")
  static final class Ls extends DockerSubcommand {
    @Option(names = {"-q", "--quiet"}, description = "Only display volume names")
    boolean quiet;

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Provide filter values (e.g. \"dangling=true\", \"name=data\", \"label=KEY=VALUE\")")
    List<String> filters = new ArrayList<>();

    @Mixin ListFormat format;

    @Override
    public Integer call() {
      RowFormat custom = quiet ? null : format.custom().orElse(null);
      JsonNode answer = engine().volumes(Filters.parse(filters));
      List<JsonNode> volumes = StreamSupport.stream(answer.spliterator(), false).sorted(VolumeRows.BY_NAME).toList();
      PrintWriter out = io().out();
      if (quiet) {
        volumes.forEach(v -> out.println(v.path("Name").asText("")));
      } else if (custom != null) {
        custom.print(VolumeRows.HEADERS, volumes.stream().map(VolumeRows::fields).toList(), out);
      } else {
        TableWriter table = new TableWriter().row(VolumeRows.HEADER);
        volumes.forEach(v -> table.row(VolumeRows.row(v)));
        table.print(out);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code docker volume inspect}: the engine's JSON, indented like the CLI, or {@code --format} per volume. */
  @Command(name = "inspect", description = "Display detailed information on one or more volumes.")
  static final class Inspect extends DockerSubcommand {
    @Mixin ObjectFormat format;

    @Parameters(arity = "1..*", paramLabel = "VOLUME", description = "The volumes to inspect")
    List<String> names;

    @Override
    public Integer call() {
      GoTemplate template = format.template().orElse(null);
      DockerGateway engine = engine();
      PrintWriter out = io().out();
      ArrayNode found = JsonNodeFactory.instance.arrayNode();
      List<String> missing = new ArrayList<>();
      for (String name : names) {
        Optional<JsonNode> json = engine.inspectVolume(name);
        if (json.isEmpty()) {
          missing.add(name);
          continue;
        }
        found.add(json.get());
        if (template != null) {
          out.println(template.render(json.get()));
        }
      }
      if (template == null) {
        out.println(GoJson.indent(found, "    "));
      }
      out.flush();
      if (missing.isEmpty()) {
        return 0;
      }
      for (String name : missing.subList(0, missing.size() - 1)) {
        io().err().println("Error response from daemon: " + noSuchVolume(name));
      }
      throw new EngineError(404, noSuchVolume(missing.get(missing.size() - 1)), null);
    }

    /** The engine's words for a volume it does not have. */
    private static String noSuchVolume(String name) {
      return "get " + name + ": no such volume";
    }
  }

  /** {@code docker volume rm [-f] VOLUME...}: prints each name removed; a volume in use is refused by the engine. */
  @Command(name = "rm", aliases = "remove", description = "Remove one or more volumes.")
  static final class Rm extends DockerSubcommand {
    @Option(names = {"-f", "--force"}, description = "Force the removal of one or more volumes")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "VOLUME", description = "The volumes to remove")
    List<String> names;

    @Override
    public Integer call() {
      return EachName.apply(io(), names, n -> engine().removeVolume(n, force));
    }
  }

  /**
   * {@code docker volume prune}: the engine removes the volumes no container uses. From API 1.42 on that is the
   * anonymous ones, and every one with {@code -a}; older engines remove named ones too, and the CLI says so in
   * its warning and refuses {@code -a}, as here.
   */
  @Command(name = "prune", description = "Remove unused local volumes.")
  static final class Prune extends DockerSubcommand {
    private static final String ALL = "WARNING! This will remove all local volumes not used by at least one container.";
    private static final String ANONYMOUS = "WARNING! This will remove anonymous local volumes not used by at least one container.";

    @Option(names = {"-a", "--all"}, description = "Remove all unused volumes, not just anonymous ones")
    boolean all;

    @Mixin Pruning pruning;

    @Override
    public Integer call() {
      DockerGateway engine = engine();
      Map<String, List<String>> byKey = pruning.filters();
      String api = engine.info().apiVersion();
      boolean anonymousByDefault = atLeast(api, 1, 42);
      if (all) {
        if (!anonymousByDefault) {
          throw new CliWords("\"--all\" requires API version 1.42, but the Docker daemon API version is " + api);
        }
        if (byKey.containsKey("all")) {
          throw LabException.badInput("conflicting options: cannot specify both --all and --filter all=1");
        }
        byKey.put("all", List.of("true"));
      }
      String warning = anonymousByDefault && !all ? ANONYMOUS : ALL;
      if (!pruning.confirmed(docker(), warning)) {
        return 0;
      }
      pruning.report(io().out(), Prunable.VOLUMES, engine.prune(Prunable.VOLUMES, byKey));
      return 0;
    }

    /** Whether an API version such as {@code 1.41} is at least {@code major.minor}. */
    static boolean atLeast(String version, int major, int minor) {
      if (version == null) {
        return false;
      }
      String[] parts = version.split("\\.");
      try {
        int ma = Integer.parseInt(parts[0]);
        int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return ma > major || (ma == major && mi >= minor);
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
