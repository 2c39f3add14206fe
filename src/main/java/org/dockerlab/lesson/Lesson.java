package org.dockerlab.lesson;

import java.util.List;
import org.dockerlab.setup.Fields;
import org.dockerlab.setup.SetupAction;

/**
 * One lesson, read from {@code lessons/NN-ID.yaml}. Loading it runs nothing: setup and cleanup are data
 * that {@link org.dockerlab.setup.SetupRunner} executes when the lesson starts or is reset.
 *
 * @param setup brings the lab to the state the lesson needs, so that it can be started alone
 * @param cleanup run by {@code reset lesson} after the setup, to undo what the steps changed
 * @param exam present only in exam files ({@code lessons/exams/}): the exam's rules; its steps are goals
 */
public record Lesson(
    String id,
    String title,
    String summary,
    Requires requires,
    List<SetupAction> setup,
    List<LessonStep> steps,
    List<SetupAction> cleanup,
    ExamRules exam) {

  public Lesson {
    Fields.id("id", id);
    Fields.text("title", title);
    Fields.text("summary", summary);
    requires = requires == null ? Requires.NONE : requires;
    setup = Fields.list("setup", setup);
    steps = Fields.list("steps", steps);
    cleanup = Fields.list("cleanup", cleanup);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps: a lesson needs at least one step");
    }
  }

  public boolean isExam() {
    return exam != null;
  }
}
