package org.dockerlab.lesson;

import java.util.List;

/** What {@link LessonLinter} found in a directory of lessons (and its exams). */
public record LintReport(int lessons, int exams, int steps, List<Problem> problems) {
  public LintReport {
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty();
  }

  /** {@code 9 lessons, 31 steps, 0 problems}, with {@code 1 exam, } after the lessons when there are exams. */
  public String summary() {
    return plural(lessons, "lesson") + ", " + (exams == 0 ? "" : plural(exams, "exam") + ", ")
        + plural(steps, "step") + ", " + plural(problems.size(), "problem");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
