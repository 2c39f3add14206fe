package org.dockerlab.docker.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.io.HumanUnits;
import org.dockerlab.io.Prompter;
import picocli.CommandLine.Option;

/**
 * What {@code docker image prune} and {@code docker volume prune} share (a picocli mixin): {@code -f/--force},
 * {@code --filter}, the CLI's warning and question before (unless {@code -f}), and its report after.
 */
final class Pruning {
  private static final String QUESTION = "Are you sure you want to continue? [y/N] ";

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

  /** The CLI's report: what was deleted, under its heading (neither when nothing was), then the space reclaimed. */
  void report(PrintWriter out, String heading, List<String> deleted, long reclaimed) {
    if (!deleted.isEmpty()) {
      out.println(heading);
      deleted.forEach(out::println);
      out.println();
    }
    out.println("Total reclaimed space: " + HumanUnits.size(reclaimed, 4));
    out.flush();
  }

  private static String firstLine(DockerCommand docker) {
    try {
      return new BufferedReader(new InputStreamReader(docker.io().stdin(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
