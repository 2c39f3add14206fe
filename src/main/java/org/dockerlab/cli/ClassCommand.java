package org.dockerlab.cli;

import java.util.concurrent.Callable;
import org.dockerlab.errors.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dockerlab class}: a teacher's commands for a class of learners. */
@Command(
    name = "class",
    description = "For teachers: roll a class's grade reports up into one (class report).",
    subcommands = {ClassReportCommand.class})
final class ClassCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: say which there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }
}
