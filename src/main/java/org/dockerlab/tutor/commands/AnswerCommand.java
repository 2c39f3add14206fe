package org.dockerlab.tutor.commands;

import java.util.List;
import org.dockerlab.shell.Guide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code answer [ID] TEXT}: an answer, judged at once in a lesson, at the end in an exam. */
@Command(name = "answer", description = "answer the question (ID TEXT names one when there are several)")
final class AnswerCommand extends GuideCommand<Answering> implements Guide.TakesText {
  @Parameters(paramLabel = "[ID] TEXT", description = "your answer, after the question's id when there are several")
  List<String> words;

  @Override
  public Integer call() {
    guide.answer(words == null ? List.of() : words, out());
    return 0;
  }
}
