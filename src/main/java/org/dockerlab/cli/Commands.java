package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Colour;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/** Builds the one {@link CommandLine} that main, the shell, the tests and the build's docs all use. */
public final class Commands {
  private Commands() {}

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv(), Path.of(System.getProperty("user.home")), System.console() != null);
  }

  /** The same, for an environment of the caller's choosing (tests point DOCKERLAB_HOME elsewhere). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome) {
    return commandLine(out, err, env, userHome, false);
  }

  /** @param terminal whether {@code out} is a terminal, for --color=auto */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome, boolean terminal) {
    DockerlabCommand root = new DockerlabCommand(env, userHome);
    CommandLine cl = new CommandLine(root);
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

  /** Help follows --color and NO_COLOR like everything else; then the command runs as usual. */
  private static int execute(CommandLine cl, Colour colour, ParseResult parsed) {
    cl.setColorScheme(Help.defaultColorScheme(colour.enabled() ? Help.Ansi.ON : Help.Ansi.OFF));
    return new RunLast().execute(parsed);
  }
}
