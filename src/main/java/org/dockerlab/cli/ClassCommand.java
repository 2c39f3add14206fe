package org.dockerlab.cli;

import org.dockerlab.errors.ExitCode;
import picocli.CommandLine.Command;

/** {@code dockerlab class}: a teacher's commands for a class of learners. */
@Command(
    name = "class",
    description = "For teachers: roll a class's grade reports up into one (class report).",
    subcommands = {ClassReportCommand.class})
final class ClassCommand extends CliCommand {
  /** Without a subcommand there is nothing to do: say which there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    return ExitCode.BAD_INPUT;
  }
}
