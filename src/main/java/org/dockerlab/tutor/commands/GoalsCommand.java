package org.dockerlab.tutor.commands;

import picocli.CommandLine.Command;

/** {@code goals}: the exam's goals again, and the time left. */
@Command(name = "goals", description = "list the exam's goals and the time left")
final class GoalsCommand extends GuideCommand<ExamCommands> {
  @Override
  public Integer call() {
    guide.goals(out());
    return 0;
  }
}
