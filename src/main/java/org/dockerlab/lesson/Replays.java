package org.dockerlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code verify-lessons} replays for one step: the solution and each alternative must pass, each
 * counterexample must leave the step failing. Pure: the command runs them.
 */
public final class Replays {
  private static final String ANSWER = "answer";

  private Replays() {}

  public enum Kind { SOLUTION, ALTERNATIVE, COUNTEREXAMPLE }

  /**
   * One replay.
   *
   * @param number 1-based among its kind (the solution is 1)
   * @param counterexample the wrong solution, for {@link Kind#COUNTEREXAMPLE}; null otherwise
   */
  public record Replay(Kind kind, int number, List<String> commands, Counterexample counterexample) {
    public Replay {
      commands = List.copyOf(commands);
    }

    /** Whether the step's checks must pass after it. */
    public boolean mustPass() {
      return kind != Kind.COUNTEREXAMPLE;
    }

    /** {@code solution}, {@code alt 2}, {@code wrong 1}: short enough for a column. */
    public String label() {
      return switch (kind) {
        case SOLUTION -> "solution";
        case ALTERNATIVE -> "alt " + number;
        case COUNTEREXAMPLE -> "wrong " + number;
      };
    }

    /** The commands on one line, as a reader would type them one after the other. */
    public String shown() {
      return String.join("; ", commands);
    }
  }

  /** The solution first, then the alternatives, then the counterexamples, in the order written. */
  public static List<Replay> of(LessonStep step) {
    List<Replay> all = new ArrayList<>();
    all.add(new Replay(Kind.SOLUTION, 1, step.solution(), null));
    for (int i = 0; i < step.alternatives().size(); i++) {
      all.add(new Replay(Kind.ALTERNATIVE, i + 1, step.alternatives().get(i), null));
    }
    for (int i = 0; i < step.counterexamples().size(); i++) {
      Counterexample c = step.counterexamples().get(i);
      all.add(new Replay(Kind.COUNTEREXAMPLE, i + 1, c.run(), c));
    }
    return all;
  }

  /**
   * Whether every replay of this step can run one after the other in the same session, each after the
   * step is reset: true for a quiz step whose replays only answer, since its checks look at nothing but
   * the answers and resetting the step forgets them. Anything else may change files or the engine, and
   * gets a fresh session from the step's starting state.
   */
  public static boolean inSession(LessonStep step) {
    return step.isQuiz() && of(step).stream().flatMap(r -> r.commands().stream()).allMatch(Replays::answers);
  }

  private static boolean answers(String line) {
    String l = line.strip();
    return l.equals(ANSWER) || l.startsWith(ANSWER + " ");
  }
}
