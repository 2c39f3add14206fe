package org.dockerlab.report.roll;

import java.time.Instant;
import java.util.List;
import org.dockerlab.report.Help;

/**
 * One learner's grade report as read from a file: whose it is, when it was made, and per step the outcome,
 * its time and the help used.
 *
 * @param source the file, as reached from the path given on the command line
 * @param order the file's place among those read: the later wins a tie
 */
public record Submission(String source, int order, String learner, Instant generatedAt, List<Lesson> lessons) {
  public Submission {
    lessons = List.copyOf(lessons);
  }

  /** A lesson or an exam in a report. */
  public record Lesson(String id, String title, boolean exam, List<Step> steps) {
    public Lesson {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A step in a report.
   *
   * @param at when its verdict was obtained (the latest of its checks'); null without a verdict
   * @param message for a step not passed: the first failing check's message, else null
   */
  public record Step(String id, String title, int points, Help help, StepOutcome outcome, Instant at, String message) {}
}
