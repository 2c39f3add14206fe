package org.dockerlab.report;

import java.util.List;

/** One lesson's (or exam's) steps and checks. */
public record LessonGrade(String id, String title, boolean exam, List<StepGrade> steps) {
  public LessonGrade {
    steps = List.copyOf(steps);
  }

  public Tally tally() {
    return Tally.of(steps);
  }
}
