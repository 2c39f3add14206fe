package org.dockerlab.report;

import java.util.List;

/** One step's checks, with the help the learner used on it. */
public record StepGrade(String id, String title, int hintsUsed, boolean solutionRevealed, List<CheckGrade> checks) {
  public StepGrade {
    checks = List.copyOf(checks);
  }
}
