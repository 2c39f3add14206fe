package org.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the lab knows of one step: its status, when it was tried, how much help was used, the answers given
 * to its quizzes, and the recorded verdict (set only when the step's checks passed in the shell; never by
 * hand or by a solution).
 *
 * @param quizAttempts answers given to the step's quizzes, wrong ones included; null where nothing counted
 *     them (a progress file written before they were counted, or a step without a quiz)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepProgress(
    Status status,
    Instant firstAttempt,
    Instant lastAttempt,
    int checksRun,
    int hintsUsed,
    boolean solutionRevealed,
    Verdict verdict,
    Integer quizAttempts) {

  /** A step is not started, attempted (checks ran, not all passed), or passed. */
  public enum Status {
    NOT_STARTED,
    ATTEMPTED,
    PASSED
  }

  public static final StepProgress NEW = new StepProgress(Status.NOT_STARTED, null, null, 0, 0, false, null, null);

  public StepProgress {
    status = status == null ? Status.NOT_STARTED : status;
  }

  /** One more run of the checks, now. */
  public StepProgress checked(Instant now, boolean allPassed, Verdict passedVerdict) {
    Status next = allPassed ? Status.PASSED : status == Status.PASSED ? Status.PASSED : Status.ATTEMPTED;
    return new StepProgress(
        next,
        firstAttempt == null ? now : firstAttempt,
        now,
        checksRun + 1,
        hintsUsed,
        solutionRevealed,
        allPassed ? passedVerdict : verdict,
        quizAttempts);
  }

  public StepProgress hinted() {
    return new StepProgress(status, firstAttempt, lastAttempt, checksRun, hintsUsed + 1, solutionRevealed, verdict, quizAttempts);
  }

  public StepProgress solutionShown() {
    return new StepProgress(status, firstAttempt, lastAttempt, checksRun, hintsUsed, true, verdict, quizAttempts);
  }

  /** One more answer to one of the step's quizzes, right or wrong, now. */
  public StepProgress answered(Instant now) {
    return new StepProgress(status, firstAttempt == null ? now : firstAttempt, now, checksRun, hintsUsed, solutionRevealed, verdict,
        quizAttempts == null ? 1 : quizAttempts + 1);
  }

  /** Forgets the attempt (reset step): the help used and the answers given stay on record, as they were given. */
  public StepProgress reset() {
    return new StepProgress(Status.NOT_STARTED, firstAttempt, lastAttempt, checksRun, hintsUsed, solutionRevealed, null, quizAttempts);
  }
}
