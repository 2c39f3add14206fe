package org.dockerlab.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.evidence.Invocation;
import org.dockerlab.evidence.JournalEntry;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns a line the shell ran into journal entries: one per pipeline that ran, each with its commands
 * parsed (a docker command by the docker model, so that every spelling of an option is the same option),
 * its redirections and its exit status. It reads the line with secrets already masked, so the journal
 * never holds one.
 */
public final class JournalLines {
  private CommandLine dockerModel;

  /**
   * The entries of a line that ran with every pipeline ending with {@code status}, in the workspace: for
   * tests and tools that replay lines without running them.
   */
  public static List<JournalEntry> asRan(String line, int status, Instant at) {
    List<Integer> statuses = new ArrayList<>();
    List<List<String>> requests = new ArrayList<>();
    int pipelines = countPipelines(line);
    for (int i = 0; i < pipelines; i++) {
      statuses.add(status);
      requests.add(List.of());
    }
    return new JournalLines().entries(SecretMasker.mask(line), Map.of(), null, statuses, requests, false, "", at);
  }

  private static int countPipelines(String line) {
    try {
      return Splitter.steps(Lexer.lex(line, Map.of(), null), new ArrayList<>()).size();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /**
   * @param masked the line as typed, secrets masked
   * @param statuses each pipeline of the shell's plan: its exit status, or null when it did not run
   * @param requests each pipeline of the shell's plan: the Engine API requests it made
   * @param wholeLineToSh the plan gave the whole line to the system shell as one pipeline
   * @param cwd the working directory, relative to the workspace
   */
  List<JournalEntry> entries(String masked, Map<String, String> env, Path home, List<Integer> statuses, List<List<String>> requests, boolean wholeLineToSh, String cwd, Instant at) {
    List<List<Command>> pipelines = new ArrayList<>();
    List<Connector> connectors = new ArrayList<>();
    try {
      List<Token> tokens = Lexer.lex(masked, env, home);
      if (!tokens.isEmpty() && tokens.get(0).isWord() && tokens.get(0).raw(masked).equals("$")) {
        tokens = tokens.subList(1, tokens.size());
      }
      for (List<Token> step : Splitter.steps(tokens, connectors)) {
        pipelines.add(Splitter.segments(step).stream().map(Command::of).toList());
      }
    } catch (RuntimeException e) { // Refusal included
      return List.of(); // a line the shell could not read as pipelines ran nothing worth recording
    }
    List<Integer> each = wholeLineToSh ? fromOneStatus(statuses.get(0), connectors, pipelines.size()) : statuses;
    if (each.size() != pipelines.size()) {
      return List.of();
    }
    List<JournalEntry> entries = new ArrayList<>();
    for (int i = 0; i < pipelines.size(); i++) {
      if (each.get(i) != null) {
        entries.add(entry(masked, pipelines.get(i), each.get(i), wholeLineToSh ? List.of() : requests.get(i), cwd, at));
      }
    }
    return entries;
  }

  /**
   * The system shell reports one status for a whole line. Where every pipeline is joined by {@code &&}
   * and the line succeeded, each of them ran and succeeded; otherwise which ones ran is not known, and
   * only a lone pipeline gets the status.
   */
  private static List<Integer> fromOneStatus(Integer status, List<Connector> connectors, int count) {
    List<Integer> each = new ArrayList<>();
    boolean allAnd = connectors.subList(0, count - 1).stream().allMatch(c -> c == Connector.AND);
    for (int i = 0; i < count; i++) {
      each.add(count == 1 || (allAnd && status != null && status == 0) ? status : Integer.valueOf(JournalEntry.UNKNOWN));
    }
    return each;
  }

  private JournalEntry entry(String masked, List<Command> segments, int status, List<String> requests, String cwd, Instant at) {
    List<Invocation> stages = new ArrayList<>();
    String stdin = null;
    String stdout = null;
    for (Command c : segments) {
      stages.add(invocation(c));
      for (Command.Redirect r : c.redirects()) {
        if (r.target() == null) {
          continue;
        }
        if (r.op().is(Op.IN)) {
          stdin = r.target().text();
        } else if (r.op().is(Op.OUT) || r.op().is(Op.APPEND)) {
          stdout = r.target().text();
        }
      }
    }
    return new JournalEntry(at, masked, cwd, stages, stdin, stdout, status, requests);
  }

  private Invocation invocation(Command c) {
    List<String> words = c.words().stream().map(Token::text).toList();
    int name = 0;
    while (name < words.size() && !words.get(name).equals(c.effectiveName())) {
      name++;
    }
    String program = c.effectiveName();
    program = program.substring(program.lastIndexOf('/') + 1);
    List<String> args = name < words.size() ? words.subList(name + 1, words.size()) : List.of();
    return Command.isDocker(program) ? docker(args) : Invocation.plain(program, args);
  }

  /** {@code docker ARGS} as the docker subcommands read them: aliases resolved, options by long name. */
  private synchronized Invocation docker(List<String> typed) {
    List<String> args = DockerCli.normalize(typed);
    if (dockerModel == null) {
      dockerModel = DockerCli.model();
    }
    try {
      ParseResult root = dockerModel.parseArgs(args.toArray(String[]::new));
      if (!root.hasSubcommand()) {
        return new Invocation("docker", args, null, Map.of(), args);
      }
      ParseResult sub = root.subcommand();
      Map<String, List<String>> options = new LinkedHashMap<>();
      for (OptionSpec o : sub.matchedOptions()) {
        options.computeIfAbsent(o.longestName(), k -> new ArrayList<>()).addAll(o.stringValues());
      }
      List<String> operands = new ArrayList<>();
      for (PositionalParamSpec p : sub.matchedPositionals()) {
        operands.addAll(p.stringValues());
      }
      return new Invocation("docker", args, sub.commandSpec().name(), options, operands);
    } catch (CommandLine.ParameterException e) {
      // not a command docker would run (an unknown flag): kept with its subcommand, as typed
      String subcommand = args.isEmpty() || args.get(0).startsWith("-") ? null : args.get(0);
      List<String> rest = subcommand == null ? args : args.subList(1, args.size());
      return new Invocation("docker", args, subcommand, Map.of(), rest);
    }
  }
}
