package org.dockerlab.tutor;

import java.util.List;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckResult;
import org.dockerlab.lesson.LessonStep;

/**
 * One run of a step's checks, already recorded in the progress.
 *
 * @param results in the order of the step's checks
 * @param newlyComplete the step passed in this run and had not passed before it
 */
public record Evaluation(LessonStep step, List<CheckResult> results, boolean newlyComplete) {
  public Evaluation {
    results = List.copyOf(results);
  }

  public List<Check> checks() {
    return step.checks();
  }

  public boolean allPassed() {
    return results.stream().allMatch(CheckResult::passed);
  }

  /** The first check that did not pass, with what it said; empty when all passed. */
  public String firstFailure() {
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      if (!r.passed()) {
        return checks().get(i).describe() + ": " + r.message();
      }
    }
    return "";
  }
}
