package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The lab shell's own commands as one picocli model, as in picocli's JLine example: the builtins are
 * subcommands that reach the shell through {@code @ParentCommand}, and the guide's commands sit beside
 * them. The shell runs them from here; {@code help} and completion read the same model.
 */
@Command(name = "", description = "The lab shell's own commands.")
public final class ShellCommands {
  private static final List<Class<?>> BUILTINS =
      List.of(CdCommand.class, PwdCommand.class, TraceCommand.class, HtpasswdCommand.class, ClearCommand.class, HelpCommand.class, ExitCommand.class);

  private static final Set<String> HELP = Set.of("--help", "-h");

  private final ShellSession session;
  private final Map<String, String> refusals;
  private final Set<String> guideWords = new TreeSet<>();
  private final CommandLine model;
  private boolean exitRequested;

  /** @param guide the lessons or an exam, or null for a shell without them */
  ShellCommands(ShellSession session, Guide guide) {
    this.session = session;
    this.refusals = guide == null ? Map.of() : Map.copyOf(guide.refusals());
    this.model = new CommandLine(this);
    if (guide != null) {
      for (CommandLine command : guide.commands()) {
        model.addSubcommand(command.getCommandName(), command);
        guideWords.add(command.getCommandName());
      }
      guideWords.addAll(refusals.keySet());
    }
    BUILTINS.forEach(model::addSubcommand);
    // as a shell reads them: -Bbn and answers such as -o are words, and @file is not expanded
    model.setUnmatchedOptionsArePositionalParams(true);
    model.setExpandAtFiles(false);
  }

  /** The model: the commands, in the order help lists them (the guide's first). */
  public CommandLine model() {
    return model;
  }

  /** Every word the shell runs itself, refused words included: the parser never sends them to sh. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>(model.getSubcommands().keySet());
    names.addAll(refusals.keySet());
    return names;
  }

  /**
   * The commands whose arguments are a person's words (they implement {@link Guide.TakesText}): the parser
   * reads {@code answer c)} there as the words {@code answer} and {@code c)}.
   */
  public Set<String> textNames() {
    Set<String> names = new TreeSet<>();
    model.getSubcommands().forEach((name, c) -> {
      if (c.getCommand() instanceof Guide.TakesText) {
        names.add(name);
      }
    });
    return names;
  }

  /** Whether a word belongs to the guide (its command, or one it refuses), not to the shell itself. */
  boolean isGuides(String name) {
    return guideWords.contains(name);
  }

  /** The commands help lists, once each (an alias is not a command of its own), in the model's order. */
  List<CommandLine> listed() {
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CommandLine> listed = new ArrayList<>();
    for (CommandLine c : model.getSubcommands().values()) {
      if (seen.add(c) && !c.getCommandSpec().usageMessage().hidden()) {
        listed.add(c);
      }
    }
    return listed;
  }

  /** {@code reset step|lesson|all}: the name and the labels of its parameters, as help shows them. */
  static String synopsis(CommandLine command) {
    StringBuilder s = new StringBuilder(command.getCommandName());
    for (PositionalParamSpec p : command.getCommandSpec().positionalParameters()) {
      if (!p.hidden()) {
        s.append(' ').append(p.paramLabel());
      }
    }
    return s.toString();
  }

  ShellSession session() {
    return session;
  }

  void requestExit() {
    exitRequested = true;
  }

  boolean exitRequested() {
    return exitRequested;
  }

  /**
   * Runs one command with its arguments, printing to {@code out}; returns its exit status. A refused
   * word, wrong arguments or a failure throw a {@link LabException} with one line.
   */
  int run(String name, List<String> args, PrintWriter out) {
    if (refusals.containsKey(name)) {
      throw LabException.badInput(refusals.get(name));
    }
    model.setOut(out);
    model.setErr(session.err());
    List<String> line = new ArrayList<>();
    line.add(name);
    if (asksForHelp(name, args)) {
      line.add(0, "help");
    } else {
      line.addAll(args);
    }
    CommandLine command;
    try {
      command = model.parseArgs(line.toArray(String[]::new)).subcommand().commandSpec().commandLine();
    } catch (ParameterException e) {
      throw LabException.badInput(problem(name, e));
    }
    try {
      Object result = ((Callable<?>) command.getCommand()).call();
      return result instanceof Integer status ? status : ExitCode.OK;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new LabException(ExitCode.INTERNAL, name + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code start --help}, {@code cd -h}: what a person types to learn a command is {@code help NAME}. A command
   * that takes a person's words ({@code answer}) asks only when {@code --help} or {@code -h} is all there is.
   */
  private boolean asksForHelp(String name, List<String> args) {
    CommandLine command = model.getSubcommands().get(name);
    if (command == null || name.equals("help")) {
      return false;
    }
    if (args.size() == 1 && HELP.contains(args.get(0))) {
      return true;
    }
    return !(command.getCommand() instanceof Guide.TakesText) && args.contains("--help");
  }

  private static String problem(String name, ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return name + ": unexpected '" + u.getUnmatched().get(0) + "'; 'help " + name + "' shows how to use it";
    }
    // picocli's own words begin "Error: "; the shell says "dockerlab: start: ..." already
    return name + ": " + e.getMessage().replaceFirst("^Error: ", "");
  }
}
