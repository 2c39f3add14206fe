package org.dockerlab.tutor.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code goals}: the exam's goals again, and the time left. */
@Command(name = "goals", description = "list the exam's goals and the time left")
final class GoalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final ExamCommands guide;

  GoalsCommand(ExamCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.goals(spec.commandLine().getOut());
    return 0;
  }
}
