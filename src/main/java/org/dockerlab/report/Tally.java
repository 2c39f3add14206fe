package org.dockerlab.report;

import java.util.List;

/** Counts of outcomes, points and help used, for a lesson or the whole report. */
public record Tally(
    int passed, int failed, int errors, int notAttempted, int notGradable,
    int pointsEarned, int pointsPossible, int hintsUsed, int solutionsRevealed, int assisted) {
  static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  static Tally of(List<StepGrade> steps) {
    Tally t = ZERO;
    for (StepGrade step : steps) {
      int[] outcomes = new int[CheckGrade.Outcome.values().length];
      step.checks().forEach(c -> outcomes[c.outcome().ordinal()]++);
      Help help = step.help();
      t = t.plus(new Tally(
          outcomes[CheckGrade.Outcome.PASSED.ordinal()], outcomes[CheckGrade.Outcome.FAILED.ordinal()],
          outcomes[CheckGrade.Outcome.ERROR.ordinal()], outcomes[CheckGrade.Outcome.NOT_ATTEMPTED.ordinal()],
          outcomes[CheckGrade.Outcome.NOT_GRADABLE.ordinal()],
          step.earned(), step.points(), help.hintsUsed(), help.solutionRevealed() ? 1 : 0, help.assisted() ? 1 : 0));
    }
    return t;
  }

  Tally plus(Tally o) {
    return new Tally(
        passed + o.passed, failed + o.failed, errors + o.errors, notAttempted + o.notAttempted, notGradable + o.notGradable,
        pointsEarned + o.pointsEarned, pointsPossible + o.pointsPossible,
        hintsUsed + o.hintsUsed, solutionsRevealed + o.solutionsRevealed, assisted + o.assisted);
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

  /** "4/7 points" ("1/1 point"). */
  public String points() {
    return points(pointsEarned, pointsPossible);
  }

  public static String points(int earned, int possible) {
    return earned + "/" + possible + (possible == 1 ? " point" : " points");
  }

  /** "hints used 2, solutions revealed 1", and "solutions run by the lab N" once there were any. */
  public String help() {
    return "hints used " + hintsUsed + ", solutions revealed " + solutionsRevealed + (assisted > 0 ? ", solutions run by the lab " + assisted : "");
  }

  private static void part(StringBuilder s, int n, String what) {
    if (n > 0) {
      s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
    }
  }
}
