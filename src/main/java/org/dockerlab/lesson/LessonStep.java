package org.dockerlab.lesson;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.dockerlab.check.Check;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.setup.Fields;

/**
 * One step of a lesson: what to do and why, how the lab sees it is done, and help.
 *
 * @param text Markdown shown with {@code show}: the why as well as the how; empty when absent (an exam's
 *     goals may have none, lessons are held to it by the linter)
 * @param checks all must pass for the step to be done; they look at state, not keystrokes
 * @param hints gentle first, explicit last
 * @param solution commands run verbatim through the lab shell by {@code verify-lessons}
 * @param alternatives other valid solutions, each a list of commands, replayed like the solution
 * @param counterexamples wrong solutions that must leave the step failing, replayed from its starting state
 * @param points what the step is worth in reports, earned when all its checks pass (default 1)
 */
public record LessonStep(
    String id,
    String title,
    String text,
    List<Check> checks,
    List<String> hints,
    List<String> solution,
    List<Example> alternatives,
    List<Example> counterexamples,
    @JsonDeserialize(using = WholeNumber.class) Integer points) {
  /** A step worth more is a typo (an extra zero), not a grading scheme. */
  public static final int MAX_POINTS = 1000;

  public LessonStep {
    Fields.id("id", id);
    Fields.text("title", title);
    text = text == null ? "" : text;
    checks = Fields.list("checks", checks);
    hints = Fields.list("hints", hints);
    solution = Fields.list("solution", solution);
    alternatives = Fields.list("alternatives", alternatives);
    counterexamples = Fields.list("counterexamples", counterexamples);
    points = points == null ? 1 : points;
    if (points < 1 || points > MAX_POINTS) {
      throw new IllegalArgumentException("points: must be a whole number from 1 to " + MAX_POINTS + ", not " + points);
    }
  }

  /** Whether every check is a quiz question: its replays need no engine state, only the answers. */
  public boolean isQuiz() {
    return !checks.isEmpty() && checks.stream().allMatch(c -> c instanceof QuizCheck);
  }

  /** The alternatives the checks accept today (without a known gap): what {@code solution} shows as also right. */
  public List<List<String>> workingAlternatives() {
    return alternatives.stream().filter(a -> !a.isKnownGap()).map(Example::run).toList();
  }
}
