package org.dockerlab.report;

import java.util.List;

/**
 * One step's checks, what the step is worth, and the help the learner used on it. The step's points are
 * earned when every check passed, never in part (see lessons/README.md, Points).
 */
public record StepGrade(String id, String title, int points, Help help, List<CheckGrade> checks) {
  public StepGrade {
    checks = List.copyOf(checks);
    help = help == null ? Help.NONE : help;
  }

  public boolean passed() {
    return !checks.isEmpty() && checks.stream().allMatch(c -> c.outcome() == CheckGrade.Outcome.PASSED);
  }

  public int earned() {
    return passed() ? points : 0;
  }

  public int hintsUsed() {
    return help.hintsUsed();
  }

  public boolean solutionRevealed() {
    return help.solutionRevealed();
  }
}
