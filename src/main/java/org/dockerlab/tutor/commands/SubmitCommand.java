package org.dockerlab.tutor.commands;

import picocli.CommandLine.Command;

/** {@code submit}: ends the exam; the shell stops, and the exam is graded as the lab is now. */
@Command(name = "submit", description = "end the exam and grade it")
final class SubmitCommand extends GuideCommand<ExamCommands> {
  @Override
  public Integer call() {
    guide.exam().submit(); // the exam command says "Submitted: grading the exam..." as the shell ends
    return 0;
  }
}
