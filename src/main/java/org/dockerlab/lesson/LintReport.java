package org.dockerlab.lesson;

import java.util.List;

/** What {@link LessonLinter} found in a directory of lessons. */
public record LintReport(int lessons, int steps, List<Problem> problems) {
  public LintReport {
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty();
  }

  /** {@code 9 lessons, 31 steps, 0 problems}. */
  public String summary() {
    return plural(lessons, "lesson") + ", " + plural(steps, "step") + ", " + plural(problems.size(), "problem");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
