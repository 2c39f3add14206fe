package org.dockerlab.tutor.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code answer TEXT}: the answer to the current step's question, noted for its check. */
@Command(name = "answer", description = "answer the current step's question")
final class AnswerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  @Parameters(paramLabel = "TEXT", description = "your answer (ID TEXT names the question)")
  List<String> words;

  AnswerCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.requireLesson();
    guide.tutor().answer(words == null ? List.of() : words);
    spec.commandLine().getOut().println("Answer noted.");
    return 0;
  }
}
