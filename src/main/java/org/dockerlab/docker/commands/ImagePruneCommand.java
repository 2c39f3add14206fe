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
import org.dockerlab.io.HumanUnits;
import org.dockerlab.io.Prompter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docker image prune}: the engine removes dangling images (with {@code -a} every image no container
 * uses), after the CLI's warning and question unless {@code -f}.
 */
@Command(name = "image-prune", hidden = true, customSynopsis = "docker image prune [OPTIONS]", description = "Remove unused images.")
final class ImagePruneCommand extends DockerSubcommand {
  static final String NAME = "image-prune";

  @Option(names = {"-a", "--all"}, description = "Remove all unused images, not just dangling ones")
  boolean all;

  @Option(names = {"-f", "--force"}, description = "Do not prompt for confirmation")
  boolean force;

  @Option(names = "--filter", paramLabel = "FILTER", description = "Provide filter values (e.g. \"until=<timestamp>\", \"label=<key>=<value>\")")
  List<String> filters = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = io().out();
    String warning = all
        ? "WARNING! This will remove all images without at least one container associated to them."
        : "WARNING! This will remove all dangling images.";
    if (!force && !confirmed(docker, warning)) {
      return 0;
    }
    Map<String, List<String>> byKey = Filters.parse(filters);
    byKey.put("dangling", List.of(Boolean.toString(!all)));
    JsonNode report = engine().pruneImages(byKey);
    JsonNode deleted = report.path("ImagesDeleted");
    if (deleted.isArray() && !deleted.isEmpty()) {
      out.println("Deleted Images:");
      for (JsonNode item : deleted) {
        String untagged = item.path("Untagged").asText("");
        out.println(untagged.isEmpty() ? "deleted: " + item.path("Deleted").asText("") : "untagged: " + untagged);
      }
      out.println();
    }
    out.println("Total reclaimed space: " + HumanUnits.size(report.path("SpaceReclaimed").asLong(), 4));
    out.flush();
    return 0;
  }

  /** The CLI's question: {@code y} or {@code Y} goes on, anything else (or no answer) stops (also for volume prune). */
  static boolean confirmed(DockerCommand docker, String warning) {
    PrintWriter out = docker.io().out();
    String question = "Are you sure you want to continue? [y/N] ";
    Prompter prompter = docker.context().prompter();
    String answer;
    if (prompter != null) {
      out.println(warning);
      out.flush();
      answer = prompter.readLine(question);
    } else {
      out.print(warning + "\n" + question);
      out.flush();
      answer = firstLine(docker);
    }
    return answer != null && answer.strip().equalsIgnoreCase("y");
  }

  private static String firstLine(DockerCommand docker) {
    try {
      return new BufferedReader(new InputStreamReader(docker.io().stdin(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
