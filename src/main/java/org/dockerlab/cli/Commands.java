package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Colour;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/** Builds the one {@link CommandLine} that main, the shell, the tests and the build's docs all use. */
public final class Commands {
  private Commands() {}

  /** dockerlab's subcommands by name, in the order of its help. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** The options of dockerlab itself that take a value (to find the subcommand named in a command line). */
  private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--workdir", "--docker-config", "--color", "-H", "--host", "--context");

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("shell", ShellCommand.class);
    all.put("doctor", DoctorCommand.class);
    all.put("images", ImagesCommand.class);
    all.put("progress", ProgressCommand.class);
    all.put("grade", GradeCommand.class);
    all.put("exam", ExamCommand.class);
    all.put("class", ClassCommand.class);
    all.put("lint", LintCommand.class);
    all.put("verify-lessons", VerifyLessonsCommand.class);
    all.put("version", LabVersionCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("help", HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv(), Path.of(System.getProperty("user.home")), System.console() != null, SUBCOMMANDS.keySet());
  }

  /**
   * For {@code main}: the same, with only the subcommand these arguments run (the shell when they name
   * none). picocli reads every command's annotations as it builds the model, and all of them cost a
   * third of the shell's start; help, completion and anything it cannot tell get the whole model.
   */
  static CommandLine forArguments(PrintWriter out, PrintWriter err, String[] args) {
    return commandLine(out, err, System.getenv(), Path.of(System.getProperty("user.home")), System.console() != null, needed(args));
  }

  /** The subcommands a command line needs: the one it names, the shell when it names none, else all. */
  static Set<String> needed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--debug") || (a.startsWith("--") && a.contains("=") && ROOT_OPTIONS_WITH_VALUE.contains(a.substring(0, a.indexOf('='))))) {
        continue;
      }
      if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
        i++;
        continue;
      }
      boolean alone = SUBCOMMANDS.containsKey(a) && !a.equals("help") && !a.equals("completion");
      return alone ? Set.of(a) : SUBCOMMANDS.keySet();
    }
    return Set.of("shell");
  }

  /** The same, for an environment of the caller's choosing (tests point DOCKERLAB_HOME elsewhere). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome) {
    return commandLine(out, err, env, userHome, false, SUBCOMMANDS.keySet());
  }

  /** @param terminal whether {@code out} is a terminal, for --color=auto */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome, boolean terminal) {
    return commandLine(out, err, env, userHome, terminal, SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome, boolean terminal, Set<String> subcommands) {
    DockerlabCommand root = new DockerlabCommand(env, userHome);
    CommandLine cl = new CommandLine(root);
    SUBCOMMANDS.forEach((name, command) -> {
      if (subcommands.contains(name)) {
        cl.addSubcommand(name, command);
      }
    });
    withExitCodes(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(root));
    cl.setParameterExceptionHandler(new BadInputHandler());
    cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(parsed -> execute(cl, root.colour(terminal), parsed));
    return cl;
  }

  /** Every command's help ends with its exit codes: its own list where it has one, else the program's table. */
  private static void withExitCodes(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.usageMessage().exitCodeList().isEmpty()) {
      spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.table());
    }
    cl.getSubcommands().values().stream().distinct().forEach(Commands::withExitCodes);
  }

  /**
   * Help follows --color and NO_COLOR like everything else, and is as wide as the terminal; then the
   * command runs as usual. The width is asked for here, not in the annotations: picocli measures the
   * terminal (it runs {@code stty} and waits for it) as soon as a command with it gets a mixin, and that was
   * on the way to every prompt; now it is measured only when help is printed.
   */
  private static int execute(CommandLine cl, Colour colour, ParseResult parsed) {
    cl.setColorScheme(Help.defaultColorScheme(colour.enabled() ? Help.Ansi.ON : Help.Ansi.OFF));
    cl.setUsageHelpAutoWidth(true);
    return new RunLast().execute(parsed);
  }
}
