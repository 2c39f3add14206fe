package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a line typed in the lab shell into a {@link Plan}: docker commands run natively with their
 * streams wired to files, gzip or system-shell processes; lab commands run in the shell; everything
 * else goes verbatim to {@code /bin/sh -c}. Pure: no I/O, no Docker.
 */
public final class ShellParser {
  static final String BACKGROUND =
      "running in the background with & is not supported in the lab shell;"
          + " use docker run -d for long-running containers";

  private final Set<String> builtins;
  private final Set<String> textCommands;

  /** @param builtins the lab shell's own command names (cd, pwd, exit, history, htpasswd, ...) */
  public ShellParser(Set<String> builtins) {
    this(builtins, Set.of());
  }

  /**
   * @param builtins the lab shell's own command names (cd, pwd, exit, history, htpasswd, ...)
   * @param textCommands those of them whose arguments are a person's words ({@code answer c)}, {@code answer (b)}):
   *     parentheses and a lone apostrophe there are characters, not shell syntax
   */
  public ShellParser(Set<String> builtins, Set<String> textCommands) {
    this.builtins = Set.copyOf(builtins);
    this.textCommands = Set.copyOf(textCommands);
  }

  /**
   * Plans one line.
   *
   * @param env variables for {@code $VAR}; unset ones expand to nothing
   * @param home what {@code ~} expands to (null leaves {@code ~} as typed)
   */
  public Plan parse(String line, Map<String, String> env, Path home) {
    if (line == null) {
      return new Plan.Empty();
    }
    try {
      List<Token> tokens = Lexer.lex(line, env, home, textCommands);
      boolean prompt = !tokens.isEmpty() && tokens.get(0).isWord() && tokens.get(0).raw(line).equals("$");
      if (prompt) {
        tokens = tokens.subList(1, tokens.size());
      }
      if (tokens.stream().allMatch(t -> t.is(Op.SEMI) && t.text().equals("\n"))) {
        return new Plan.Empty();
      }
      rejectPlaceholders(line, tokens);
      for (Token t : tokens) {
        if (t.is(Op.AMP)) {
          throw new Refusal(BACKGROUND, t.start());
        }
      }
      return plan(line, tokens, prompt);
    } catch (Refusal r) {
      return r.toPlan();
    }
  }

  private Plan plan(String line, List<Token> tokens, boolean prompt) {
    List<List<List<Token>>> pipelines = new ArrayList<>();
    List<Connector> connectors = new ArrayList<>();
    for (List<Token> step : Splitter.steps(tokens, connectors)) {
      pipelines.add(Splitter.segments(step));
    }
    List<List<Command>> commands = pipelines.stream()
        .map(p -> p.stream().map(Command::of).toList())
        .toList();
    commands.forEach(p -> p.forEach(Wrappers::rejectDockerInside));
    if (commands.stream().flatMap(List::stream).noneMatch(this::involvesLab)) {
      // Nothing for the lab: sh gets the whole line, so variables and cd persist across its parts.
      String text = line.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()).strip();
      return new Plan.Sequence(List.of(new Step(new Pipeline.System(text), Connector.ALWAYS)), prompt);
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      steps.add(new Step(pipeline(line, commands.get(i)), connectors.get(i)));
    }
    return new Plan.Sequence(steps, prompt);
  }

  private boolean involvesLab(Command c) {
    return c.hasDockerName() || builtins.contains(c.effectiveName());
  }

  private Pipeline pipeline(String line, List<Command> segments) {
    for (Command c : segments) {
      if (c.isCompound()) {
        throw new Refusal("shell control structures (if, for, while, subshells) can't be mixed with docker or"
            + " lab shell commands; type the commands one line at a time", c.start());
      }
    }
    List<Command> lab = segments.stream().filter(this::involvesLab).toList();
    if (lab.isEmpty()) {
      Command first = segments.get(0);
      Command last = segments.get(segments.size() - 1);
      return new Pipeline.System(line.substring(first.start(), last.end()));
    }
    List<Command> dockers = segments.stream().filter(Command::hasDockerName).toList();
    if (dockers.size() > 1) {
      throw new Refusal("one pipeline can't hold two docker commands; run them as two lines:"
          + " docker save x -o x.tar, then docker load -i x.tar", dockers.get(1).start());
    }
    Command builtin = lab.stream().filter(c -> !c.hasDockerName()).findFirst().orElse(null);
    if (builtin != null) {
      if (segments.size() > 1) {
        throw new Refusal(builtin.effectiveName() + " is a lab shell command and can't be part of a pipeline;"
            + " run it on its own, with > FILE to keep its output", builtin.start());
      }
      return BuiltinPlanner.plan(builtin);
    }
    return new DockerPlanner(line, segments, segments.indexOf(dockers.get(0))).plan();
  }

  private void rejectPlaceholders(String line, List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token in = tokens.get(i);
      Token word = tokens.get(i + 1);
      Token out = tokens.get(i + 2);
      if (in.is(Op.IN) && word.isWord() && out.is(Op.OUT) && in.end() == word.start() && word.end() == out.start()
          && word.raw(line).matches("[A-Za-z][A-Za-z0-9_-]{0,40}")) {
        throw new Refusal("<" + word.text() + "> is a placeholder from the lesson: replace it, < and > included,"
            + " with your own value", in.start());
      }
    }
  }
}
