package org.dockerlab.cli;

import java.io.PrintWriter;
import org.dockerlab.errors.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line: the message, a suggestion where picocli has one, and where to find help. */
final class BadInputHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("dockerlab: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }
}
