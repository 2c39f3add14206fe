package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.errors.ExitCode;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} that main, the shell and the tests all use. */
public final class Commands {
  private Commands() {}

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The same, for an environment of the caller's choosing (tests point DOCKERLAB_HOME elsewhere). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, Path userHome) {
    DockerlabCommand root = new DockerlabCommand(env, userHome);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(root));
    cl.setParameterExceptionHandler(new BadInputHandler());
    cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
