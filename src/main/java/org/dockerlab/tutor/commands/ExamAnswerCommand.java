package org.dockerlab.tutor.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code answer [ID] TEXT} in an exam: noted, and graded with the rest when the exam is submitted. */
@Command(name = "answer", description = "answer one of the exam's questions")
final class ExamAnswerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final ExamCommands guide;

  @Parameters(paramLabel = "[ID] TEXT", description = "your answer; ID names the question when the exam has several")
  List<String> words;

  ExamAnswerCommand(ExamCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.exam().answer(words == null ? List.of() : words);
    spec.commandLine().getOut().println("Answer noted.");
    return 0;
  }
}
