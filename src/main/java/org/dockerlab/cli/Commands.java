package org.dockerlab.cli;

import java.io.PrintWriter;
import org.dockerlab.errors.ExitCode;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} that main, the shell and the tests all use. */
public final class Commands {
  private Commands() {}

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    DockerlabCommand root = new DockerlabCommand();
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
