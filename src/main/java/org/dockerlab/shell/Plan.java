package org.dockerlab.shell;

import java.util.List;

/** What the lab shell should do with one line: nothing, a sequence of pipelines, or explain a refusal. */
public sealed interface Plan {

  /** A blank or comment-only line. */
  record Empty() implements Plan {}

  /**
   * Pipelines joined by {@code &&}, {@code ||} and {@code ;}.
   *
   * @param promptStripped the line began with a {@code $ } prompt pasted from a lesson, which was dropped
   */
  record Sequence(List<Step> steps, boolean promptStripped) implements Plan {
    public Sequence {
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a sequence needs at least one step");
      }
    }

    /**
     * Whether step {@code index} runs, given the exit status of the last step that ran, as in sh:
     * {@code a && b || c} runs c when a or b failed.
     */
    public boolean runs(int index, int lastStatus) {
      if (index == 0) {
        return true;
      }
      return switch (steps.get(index - 1).next()) {
        case AND -> lastStatus == 0;
        case OR -> lastStatus != 0;
        case ALWAYS -> true;
      };
    }
  }

  /**
   * A line the lab shell will not run, with a one-line message that suggests the supported form.
   *
   * @param column 1-based column the message points at, or 0 when it is about the whole line
   */
  record Invalid(String message, int column) implements Plan {
    public Invalid(String message) {
      this(message, 0);
    }

    /** The message with its column, for one line of output. */
    public String describe() {
      return column > 0 ? message + " (column " + column + ")" : message;
    }
  }
}
