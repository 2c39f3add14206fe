package org.dockerlab.tutor.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dockerlab.io.Colour;
import org.dockerlab.tutor.ExamTutor;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Guides' factory: each command and completion candidate is made for its guide, and a wrong guide is refused at once. */
class GuidesTest {
  private final LessonCommands lessons = new LessonCommands(null, null, false, Colour.NONE);

  @Test
  void commandLines_handEachCommandItsGuide() {
    for (CommandLine line : Guides.commandLines(lessons, LessonCommands.COMMANDS)) {
      assertThat(((GuideBound<?>) line.getCommand()).guide).as(line.getCommandName()).isSameAs(lessons);
    }
  }

  @Test
  void commandLines_examCommandsWithALessonGuide_areRefusedNamingBoth() {
    assertThatThrownBy(() -> Guides.commandLines(lessons, List.of(GoalsCommand.class)))
        .hasStackTraceContaining("GoalsCommand works for ExamCommands, not LessonCommands");
  }

  @Test
  void commandLines_answerWorksForEitherGuide() {
    ExamCommands exam = new ExamCommands((ExamTutor) null);
    CommandLine answer = Guides.commandLines(exam, List.of(AnswerCommand.class)).get(0);
    assertThat(((AnswerCommand) answer.getCommand()).guide).isSameAs(exam);
  }
}
