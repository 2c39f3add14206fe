package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.errors.Printable;
import org.dockerlab.io.CancelledException;
import picocli.CommandLine;

/** Runs one {@code docker ...} line natively: the shell's only door into the docker subcommands. */
public final class DockerCli {
  /** docker CLI subcommands the lab does not run; they get one clear line instead of "unknown". */
  private static final Set<String> NOT_IN_THE_LAB =
      Set.of(
          "builder", "buildx", "commit", "compose", "config", "context", "cp",
          "diff", "events", "kill", "manifest", "network", "node", "pause",
          "plugin", "port", "rename", "search", "secret", "service", "stack", "stats", "swarm",
          "top", "trust", "unpause", "update", "wait", "scout", "init", "debug");

  /** {@code docker image ls} and friends: management commands mapped onto the classic names. */
  private static final Map<String, String> IMAGE_ALIASES =
      Map.of("ls", "images", "list", "images", "rm", "rmi", "remove", "rmi");

  /** The CLI's {@code docker image} and {@code docker container} commands (the lab runs those it has; see NOT_IN_THE_LAB). */
  private static final Map<String, Set<String>> MANAGED = Map.of(
      "image", Set.of("build", "history", "import", "inspect", "load", "ls", "list", "prune", "pull", "push", "rm", "remove", "save", "tag"),
      "container", Set.of("attach", "commit", "cp", "create", "diff", "exec", "export", "inspect", "kill", "logs", "ls", "list", "ps", "pause",
          "port", "prune", "rename", "restart", "rm", "remove", "run", "start", "stats", "stop", "top", "unpause", "update", "wait"));

  private static final Map<String, String> CONTAINER_ALIASES =
      Map.of("ls", "ps", "list", "ps", "remove", "rm");

  private final DockerContext context;
  private final boolean debug;

  public DockerCli(DockerContext context, boolean debug) {
    this.context = context;
    this.debug = debug;
  }

  /**
   * Runs the arguments after {@code docker}.
   *
   * @param args e.g. {@code [save, busybox, -o, busybox.tar]}
   */
  public DockerOutcome run(List<String> args, DockerIo io) {
    if (MANAGED.containsKey(args.isEmpty() ? "" : args.get(0)) && (args.size() == 1 || args.get(1).equals("--help"))) {
      // docker image, docker container --help: what the group runs, as the CLI shows it
      io.out().println("Usage: docker " + args.get(0) + " COMMAND");
      io.out().println();
      io.out().println("Manage " + args.get(0) + "s. The commands the lab shell runs: " + String.join(", ", managed(args.get(0))));
      io.out().println("Run 'docker " + args.get(0) + " COMMAND --help' for more information on a command.");
      io.out().flush();
      return DockerOutcome.ok();
    }
    if (args.size() >= 2 && MANAGED.containsKey(args.get(0)) && !args.get(1).startsWith("-") && !MANAGED.get(args.get(0)).contains(args.get(1))) {
      // docker image ps: not an image command (the CLI's words), though ps alone is one
      String msg = "unknown command: docker " + args.get(0) + " " + Printable.line(args.get(1));
      io.err().println("docker: " + msg);
      io.err().println("Usage: docker " + args.get(0) + " COMMAND, one of: " + String.join(", ", managed(args.get(0))));
      io.err().flush();
      return new DockerOutcome(ExitCode.BAD_INPUT, msg);
    }
    List<String> normalized = normalize(args);
    if (!normalized.isEmpty() && NOT_IN_THE_LAB.contains(normalized.get(0))) {
      String msg =
          "docker " + normalized.get(0) + " is not part of the lab shell, which runs the commands the lessons use"
              + " (type 'docker --help' to list them); use the docker CLI in another terminal for it";
      io.err().println(msg);
      io.err().flush();
      return new DockerOutcome(ExitCode.BAD_INPUT, msg);
    }
    CommandLine cl = commandLine(io);
    int[] code = {0};
    String[] error = {null};
    cl.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          if (io.cancel().cancelled()) {
            // Ctrl-C closes the command's streams; whatever broke because of that is not an error to show
            e = new CancelledException();
          }
          error[0] = describe(e);
          // what the command printed before it failed comes first, as on the CLI (stdout may be buffered)
          io.out().flush();
          io.err().println(error[0]);
          if (debug) {
            e.printStackTrace(io.err());
          }
          io.err().flush();
          return exitCodeOf(e);
        });
    cl.setParameterExceptionHandler(
        (e, a) -> {
          error[0] = Printable.line(e.getMessage());
          PrintWriter err = io.err();
          if (isUnknownCommand(e)) {
            String typed = Printable.line(((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0));
            err.println("docker: '" + typed + "' is not a docker command.");
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("See 'docker --help' for the commands the lab shell runs.");
            err.flush();
            return ExitCode.BAD_INPUT;
          }
          if (isUnknownCommandOfAGroup(e)) {
            // docker volume foo: the CLI's words, then the group's usage
            error[0] = "unknown command: " + e.getCommandLine().getCommandSpec().qualifiedName() + " "
                + Printable.line(((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0));
          } else if (takesNoArguments(e)) {
            // docker load busybox.tar: the CLI's own words, then the usage (the coach says how to give the file)
            error[0] = "'" + e.getCommandLine().getCommandSpec().qualifiedName() + "' accepts no arguments";
          } else if (e instanceof CommandLine.MissingParameterException m && m.getMissing().stream().allMatch(CommandLine.Model.ArgSpec::isPositional)) {
            error[0] = "'" + e.getCommandLine().getCommandSpec().qualifiedName() + "' " + required(e.getCommandLine().getCommandSpec());
          }
          err.println("docker: " + error[0]);
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          e.getCommandLine().usage(err);
          err.flush();
          return ExitCode.BAD_INPUT;
        });
    code[0] = cl.execute(normalized.toArray(String[]::new));
    io.out().flush();
    return new DockerOutcome(code[0], error[0]);
  }

  private CommandLine commandLine(DockerIo io) {
    CommandLine cl = withHelp(new CommandLine(new DockerCommand(context, io)));
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setExitCodeExceptionMapper(DockerCli::exitCodeOf);
    // as the CLI's flags: -all is -a -l -l, and a flag given twice takes the last value
    cl.setOverwrittenOptionsAllowed(true);
    return cl;
  }

  /** The picocli model of {@code docker}, for completion and help in the shell. */
  public static CommandLine model() {
    return withHelp(new CommandLine(new DockerCommand(null, null)));
  }

  /** Every docker command answers {@code --help}, as the CLI's do: {@code docker volume prune --help} too. */
  private static CommandLine withHelp(CommandLine cl) {
    if (cl.getCommandSpec().findOption("--help") == null) {
      cl.getCommandSpec().addOption(helpOption());
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      withHelp(sub);
    }
    return cl;
  }

  private static CommandLine.Model.OptionSpec helpOption() {
    return CommandLine.Model.OptionSpec.builder("--help").usageHelp(true).description("Print usage").build();
  }

  /** The CLI's words for the words a command needs: {@code requires at least 1 argument}, {@code requires 2 arguments}. */
  private static String required(CommandLine.Model.CommandSpec command) {
    int min = 0;
    boolean bounded = true;
    int max = 0;
    for (CommandLine.Model.PositionalParamSpec p : command.positionalParameters()) {
      min += p.arity().min();
      bounded &= !p.arity().isUnresolved() && p.arity().max() != Integer.MAX_VALUE;
      max += bounded ? p.arity().max() : 0;
    }
    return "requires " + (bounded && min == max ? "" : "at least ") + min + (min == 1 ? " argument" : " arguments");
  }

  /** {@code docker volume foo}: a word that names none of a group's commands. */
  private static boolean isUnknownCommandOfAGroup(CommandLine.ParameterException e) {
    return e instanceof CommandLine.UnmatchedArgumentException u
        && e.getCommandLine().getCommandSpec().parent() != null
        && !e.getCommandLine().getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-");
  }

  /** A word that is no option, given to a command that takes none ({@code docker load busybox.tar}). */
  private static boolean takesNoArguments(CommandLine.ParameterException e) {
    return e instanceof CommandLine.UnmatchedArgumentException u
        && e.getCommandLine().getCommandSpec().parent() != null
        && e.getCommandLine().getCommandSpec().positionalParameters().isEmpty()
        && e.getCommandLine().getSubcommands().isEmpty()
        && u.getUnmatched().stream().anyMatch(w -> !w.startsWith("-"));
  }

  private static boolean isUnknownCommand(CommandLine.ParameterException e) {
    return e instanceof CommandLine.UnmatchedArgumentException u
        && e.getCommandLine().getCommandSpec().parent() == null
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-");
  }

  /** The commands under {@code docker image} or {@code docker container} that the lab shell runs, sorted (help and completion). */
  public static SortedSet<String> managed(String kind) {
    SortedSet<String> runs = new TreeSet<>(MANAGED.getOrDefault(kind, Set.of()));
    runs.removeIf(NOT_IN_THE_LAB::contains);
    return runs;
  }

  /** {@code image ls} is {@code images}, {@code container rm} is {@code rm}: management commands as the classic names. */
  public static List<String> normalize(List<String> args) {
    List<String> a = new ArrayList<>(args);
    if (a.size() >= 2 && a.get(0).equals("system") && (a.get(1).equals("info") || a.get(1).equals("events"))) {
      // docker system info is docker info, docker system events docker events
      a.remove(0);
      return a;
    }
    if (a.size() >= 2 && (a.get(0).equals("image") || a.get(0).equals("container"))) {
      Map<String, String> aliases = a.get(0).equals("image") ? IMAGE_ALIASES : CONTAINER_ALIASES;
      String kind = a.get(0);
      String sub = a.get(1);
      a.remove(0);
      a.set(0, aliases.getOrDefault(sub, sub));
      if (sub.equals("inspect")) {
        // image inspect / container inspect: inspect restricted to the kind
        a.add(1, "--type=" + kind);
      } else if (sub.equals("prune")) {
        a.set(0, kind.equals("image") ? ImagePruneCommand.NAME : ContainerPruneCommand.NAME);
      }
    }
    return a;
  }

  /** The one line shown for a failure; what the person typed may be in it, so it is made printable. */
  private static String describe(Throwable e) {
    return Printable.line(rawDescription(e));
  }

  private static String rawDescription(Throwable e) {
    if (e instanceof CancelledException) {
      return "cancelled";
    }
    if (e instanceof EngineError) {
      return "Error response from daemon: " + e.getMessage();
    }
    if (e instanceof CliWords) {
      return e.getMessage();
    }
    if (e instanceof LabException) {
      return "Error: " + e.getMessage();
    }
    return "Error: internal error in the lab shell: " + e + " (run dockerlab with --debug for details)";
  }

  private static int exitCodeOf(Throwable e) {
    if (e instanceof LabException lab) {
      return lab.exitCode();
    }
    if (e instanceof CancelledException) {
      return ExitCode.CANCELLED;
    }
    return ExitCode.INTERNAL;
  }
}
