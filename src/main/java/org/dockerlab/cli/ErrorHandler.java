package org.dockerlab.cli;

import java.io.PrintWriter;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One line for a person; the stack trace only with {@code --debug}. */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final DockerlabCommand root;

  ErrorHandler(DockerlabCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code;
    if (e instanceof LabException lab) {
      err.println("dockerlab: " + lab.getMessage());
      code = lab.exitCode();
    } else {
      err.println("dockerlab: internal error: " + e + (root.debug() ? "" : " (run with --debug for details)"));
      code = ExitCode.INTERNAL;
    }
    if (root.debug()) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
