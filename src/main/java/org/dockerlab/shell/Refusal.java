package org.dockerlab.shell;

/** A line the lab shell will not run; the message is one line for the learner. */
final class Refusal extends RuntimeException {
  private final int column;

  /** @param offset where in the line the problem is, or -1 when it is about the whole line */
  Refusal(String message, int offset) {
    super(message, null, false, false);
    this.column = offset + 1;
  }

  Refusal(String message) {
    this(message, -1);
  }

  Plan.Invalid toPlan() {
    return new Plan.Invalid(getMessage(), column);
  }
}
