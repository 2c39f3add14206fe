package org.dockerlab.report;

import java.time.Instant;
import java.util.List;

/**
 * A grade: whose, and per lesson, step and check an outcome with the kind of verdict and its time, the
 * points and the help used. Built by {@link Grader}; shown by a {@link ReportFormat}.
 *
 * @param learner whose work this is; null only where no one was named (a report built in a test)
 * @param live whether the checks were run now ({@code --live}) or read from progress.json
 */
public record GradeReport(String learner, boolean live, Instant generatedAt, List<LessonGrade> lessons) {
  /** The version of the JSON form, {@code docs/grade-report.schema.json}: 2 added the learner, points and help. */
  public static final int SCHEMA_VERSION = 2;

  public GradeReport {
    lessons = List.copyOf(lessons);
  }

  public GradeReport withLearner(String name) {
    return new GradeReport(name, live, generatedAt, lessons);
  }

  public Tally tally() {
    Tally t = Tally.ZERO;
    for (LessonGrade lesson : lessons) {
      t = t.plus(lesson.tally());
    }
    return t;
  }

  /** "recorded verdicts" or "live checks"; each check also says which kind its own verdict is. */
  public String kind() {
    return live ? "live checks" : "recorded verdicts";
  }
}
