package org.dockerlab.report;

import java.util.List;
import java.util.Optional;

/**
 * One step's checks, what the step is worth, and the help the learner used on it. The step's points are
 * earned when every check passed, never in part (see lessons/README.md, Points).
 *
 * @param quizRight whether the step's quizzes were answered right in the end; null for a step without a quiz
 */
public record StepGrade(String id, String title, int points, Help help, List<CheckGrade> checks, Boolean quizRight) {
  public StepGrade {
    checks = List.copyOf(checks);
    help = help == null ? Help.NONE : help;
  }

  /** A step without a quiz. */
  public StepGrade(String id, String title, int points, Help help, List<CheckGrade> checks) {
    this(id, title, points, help, checks, null);
  }

  /**
   * The tries at the step's quizzes in words: {@code answered right at the first try}, {@code answered right
   * in 3 tries}, {@code 2 answers, not right yet}; empty when the step has no quiz or nothing counted them.
   */
  public Optional<String> quizSummary() {
    Integer n = help.quizAttempts();
    if (quizRight == null || n == null || n == 0) {
      return Optional.empty();
    }
    if (quizRight) {
      return Optional.of(n == 1 ? "answered right at the first try" : "answered right in " + n + " tries");
    }
    return Optional.of(n + (n == 1 ? " answer" : " answers") + ", not right yet");
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
