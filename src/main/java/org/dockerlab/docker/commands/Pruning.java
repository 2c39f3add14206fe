package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.Prunable;
import org.dockerlab.io.HumanUnits;
import org.dockerlab.io.Prompter;
import picocli.CommandLine.Option;

/**
 * What the prune commands share (a picocli mixin): {@code -f/--force},
 * {@code --filter}, the CLI's warning and question before (unless {@code -f}), and its report after, a section for each
 * kind pruned.
 */
final class Pruning {
  private static final String QUESTION = "Are you sure you want to continue? [y/N] ";
  private static final Map<Prunable, String> HEADINGS = Map.of(
      Prunable.CONTAINERS, "Deleted Containers:",
      Prunable.IMAGES, "Deleted Images:",
      Prunable.NETWORKS, "Deleted Networks:",
      Prunable.VOLUMES, "Deleted Volumes:",
      Prunable.BUILD_CACHE, "Deleted build cache objects:");

  @Option(names = {"-f", "--force"}, description = "Do not prompt for confirmation")
  boolean force;

  @Option(names = "--filter", paramLabel = "FILTER", description = "Provide filter values (e.g. \"label=<key>=<value>\")")
  List<String> filters = new ArrayList<>();

  /** The {@code --filter} values by key, as the engine's prune takes them (a copy the command may add to). */
  Map<String, List<String>> filters() {
    return Filters.parse(filters);
  }

  /** Whether to go on: with {@code -f}, or when {@code y} or {@code Y} is the answer (anything else, or none, stops). */
  boolean confirmed(DockerCommand docker, String warning) {
    if (force) {
      return true;
    }
    PrintWriter out = docker.io().out();
    Prompter prompter = docker.context().prompter();
    String answer;
    if (prompter != null) {
      out.println(warning);
      out.flush();
      answer = prompter.readLine(QUESTION);
    } else {
      out.print(warning + "\n" + QUESTION);
      out.flush();
      answer = firstLine(docker);
    }
    return answer != null && answer.strip().equalsIgnoreCase("y");
  }

  /** The CLI's report of one prune: what was deleted, under its heading (neither when nothing was), then the space reclaimed. */
  void report(PrintWriter out, Prunable what, JsonNode report) {
    total(out, section(out, what, report));
  }

  /**
   * What one prune deleted, under its heading, then a blank line (nothing when it deleted nothing), as the CLI
   * prints it; returns the space it reclaimed (none when it deleted nothing, as the CLI counts).
   */
  static long section(PrintWriter out, Prunable what, JsonNode report) {
    List<String> deleted = deleted(what, report);
    if (deleted.isEmpty()) {
      return 0;
    }
    out.println(HEADINGS.get(what));
    deleted.forEach(out::println);
    out.println();
    return report.path("SpaceReclaimed").asLong();
  }

  /** The CLI's last line: {@code Total reclaimed space: 1.2MB}. */
  static void total(PrintWriter out, long reclaimed) {
    out.println("Total reclaimed space: " + HumanUnits.size(reclaimed, 4));
    out.flush();
  }

  private static List<String> deleted(Prunable what, JsonNode report) {
    List<String> deleted = new ArrayList<>();
    switch (what) {
      case IMAGES -> report.path("ImagesDeleted").forEach(item -> {
        String untagged = item.path("Untagged").asText("");
        deleted.add(untagged.isEmpty() ? "deleted: " + item.path("Deleted").asText("") : "untagged: " + untagged);
      });
      case CONTAINERS -> report.path("ContainersDeleted").forEach(id -> deleted.add(id.asText("")));
      case NETWORKS -> report.path("NetworksDeleted").forEach(name -> deleted.add(name.asText("")));
      case VOLUMES -> report.path("VolumesDeleted").forEach(name -> deleted.add(name.asText("")));
      case BUILD_CACHE -> report.path("CachesDeleted").forEach(id -> deleted.add(id.asText("")));
    }
    return deleted;
  }

  private static String firstLine(DockerCommand docker) {
    try {
      return new BufferedReader(new InputStreamReader(docker.io().stdin(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
