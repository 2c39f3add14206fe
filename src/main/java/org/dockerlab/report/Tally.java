package org.dockerlab.report;

import java.util.List;

/** Counts of outcomes and help used, for a lesson or the whole report. */
public record Tally(int passed, int failed, int errors, int notAttempted, int notGradable, int hintsUsed, int solutionsRevealed) {
  static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

  static Tally of(List<StepGrade> steps) {
    Tally t = ZERO;
    for (StepGrade step : steps) {
      for (CheckGrade check : step.checks()) {
        t = t.plus(check.outcome());
      }
      t = t.plus(new Tally(0, 0, 0, 0, 0, step.hintsUsed(), step.solutionRevealed() ? 1 : 0));
    }
    return t;
  }

  Tally plus(Tally o) {
    return new Tally(
        passed + o.passed, failed + o.failed, errors + o.errors, notAttempted + o.notAttempted,
        notGradable + o.notGradable, hintsUsed + o.hintsUsed, solutionsRevealed + o.solutionsRevealed);
  }

  private Tally plus(CheckGrade.Outcome outcome) {
    return switch (outcome) {
      case PASSED -> plus(new Tally(1, 0, 0, 0, 0, 0, 0));
      case FAILED -> plus(new Tally(0, 1, 0, 0, 0, 0, 0));
      case ERROR -> plus(new Tally(0, 0, 1, 0, 0, 0, 0));
      case NOT_ATTEMPTED -> plus(new Tally(0, 0, 0, 1, 0, 0, 0));
      case NOT_GRADABLE -> plus(new Tally(0, 0, 0, 0, 1, 0, 0));
    };
  }

  public int total() {
    return passed + failed + errors + notAttempted + notGradable;
  }

  /** Every check passed: a check not attempted or not gradable is not a pass. */
  public boolean allPassed() {
    return total() > 0 && passed == total();
  }

  /** "3/5 checks passed", with what else happened when something did. */
  public String score() {
    StringBuilder s = new StringBuilder(passed + "/" + total() + " checks passed");
    StringBuilder rest = new StringBuilder();
    part(rest, failed, "failed");
    part(rest, errors, "could not run");
    part(rest, notAttempted, "not attempted");
    part(rest, notGradable, "not gradable live");
    return rest.isEmpty() ? s.toString() : s.append(" (").append(rest).append(')').toString();
  }

  public String help() {
    return "hints used " + hintsUsed + ", solutions revealed " + solutionsRevealed;
  }

  private static void part(StringBuilder s, int n, String what) {
    if (n > 0) {
      s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
    }
  }
}
