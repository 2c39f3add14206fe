package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.EngineEvent;

/**
 * {@code type: exec}: a command ran inside a container ({@code docker exec}) since the lesson began, and
 * exited 0. The evidence is the engine's own events ({@code exec_create: CMD ARGS}, then {@code exec_die}
 * with its exit code), so the lab shell, the docker CLI in another terminal and a script all count, and an
 * {@code echo docker exec ...} or a command that failed inside the container never does.
 *
 * <pre>
 * - type: exec
 *   container: registry                  # the container's name
 *   command: [registry, garbage-collect] # the first words of the command; a path on the program is ignored
 *   without: [--dry-run, -d]             # optional: words that must not appear among its arguments
 *   describe: run the registry's garbage collector in the registry container
 * </pre>
 */
public record ExecCheck(
    @JsonProperty(value = "container", required = true) String container,
    @JsonProperty(value = "command", required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> command,
    @JsonProperty("without") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> without,
    @JsonProperty(value = "describe", required = true) String describe) implements Check {
  private static final String CREATE = "exec_create: ";

  public ExecCheck {
    ContainerName.require("container", container);
    if (command == null || command.isEmpty() || command.stream().anyMatch(w -> w == null || w.isBlank() || w.contains(" "))) {
      throw new IllegalArgumentException("command: the first words of the command, one word each, like [registry, garbage-collect]");
    }
    command = List.copyOf(command);
    without = without == null ? List.of() : List.copyOf(without);
    if (without.stream().anyMatch(w -> w == null || w.isBlank())) {
      throw new IllegalArgumentException("without: words, not blanks");
    }
    Tries.requireDescribe(describe, "what the learner should run");
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    List<EngineEvent> events = ctx.evidence().events();
    return Tries.newestFirst(events.size(), i -> judge(events, i), describe, "no docker exec in " + container + " since the lesson began");
  }

  /** What the event at {@code i} says: an exec in the container, of the command or of another one. */
  private Tries.Try judge(List<EngineEvent> events, int i) {
    EngineEvent e = events.get(i);
    if (!"container".equals(e.type()) || e.action() == null || !e.action().startsWith(CREATE) || !container.equals(e.attributes().get("name"))) {
      return null;
    }
    String line = e.action().substring(CREATE.length()).strip();
    List<String> words = Arrays.asList(line.split("\\s+"));
    if (!startsWithCommand(words) || words.stream().skip(command.size()).anyMatch(without::contains)) {
      String why = without.stream().anyMatch(words::contains) ? " (" + String.join(" and ", without) + " only look, they change nothing)" : "";
      return Tries.Try.near("you ran " + line + " in " + container + why, line);
    }
    Optional<String> exit = exitCode(events, e.attributes().get("execID"), i);
    if (exit.isPresent() && exit.get().equals("0")) {
      return Tries.Try.done("ran in " + container + ": " + line, Map.of("exec", line));
    }
    return exit.isEmpty()
        ? Tries.Try.failed("you ran " + line + " in " + container + ", but it has not finished (or its end was not reported)", line + " (still running)")
        : Tries.Try.failed("you ran " + line + " in " + container + ", but it failed (exit status " + exit.get() + ")", line + " (exit " + exit.get() + ")");
  }

  /** The program, with or without its path, then the other words in order. */
  private boolean startsWithCommand(List<String> words) {
    if (words.size() < command.size()) {
      return false;
    }
    String program = words.get(0);
    if (!program.equals(command.get(0)) && !program.endsWith("/" + command.get(0))) {
      return false;
    }
    return words.subList(1, command.size()).equals(command.subList(1, command.size()));
  }

  /** The exit code the engine reported for that exec, looking after its creation. */
  private static Optional<String> exitCode(List<EngineEvent> events, String execId, int from) {
    if (execId == null) {
      return Optional.empty();
    }
    for (int i = from + 1; i < events.size(); i++) {
      EngineEvent e = events.get(i);
      if ("container".equals(e.type()) && "exec_die".equals(e.action()) && execId.equals(e.attributes().get("execID"))) {
        return Optional.ofNullable(e.attributes().get("exitCode"));
      }
    }
    return Optional.empty();
  }
}
