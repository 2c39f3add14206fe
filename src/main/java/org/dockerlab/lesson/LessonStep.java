package org.dockerlab.lesson;

import java.util.List;
import java.util.stream.IntStream;
import org.dockerlab.check.Check;
import org.dockerlab.setup.Fields;

/**
 * One step of a lesson: what to do and why, how the lab sees it is done, and help.
 *
 * @param text Markdown shown with {@code show}: the why as well as the how; empty when absent (an exam's
 *     goals may have none, lessons are held to it by the linter)
 * @param checks all must pass for the step to be done; they look at state, not keystrokes
 * @param hints gentle first, explicit last
 * @param solution commands run verbatim through the lab shell by {@code verify-lessons}
 * @param alternatives other valid solutions, each a list of commands
 */
public record LessonStep(
    String id,
    String title,
    String text,
    List<Check> checks,
    List<String> hints,
    List<String> solution,
    List<List<String>> alternatives) {

  public LessonStep {
    Fields.id("id", id);
    Fields.text("title", title);
    text = text == null ? "" : text;
    checks = Fields.list("checks", checks);
    hints = Fields.list("hints", hints);
    solution = Fields.list("solution", solution);
    List<List<String>> given = Fields.list("alternatives", alternatives);
    alternatives = IntStream.range(0, given.size()).mapToObj(i -> alternative(i, given.get(i))).toList();
  }

  private static List<String> alternative(int index, List<String> commands) {
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("alternatives[" + index + "]: an alternative needs at least one command");
    }
    return Fields.list("alternatives[" + index + "]", commands);
  }
}
