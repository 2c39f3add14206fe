package org.dockerlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
   * @param example the alternative or counterexample as written; null for the solution
   */
  public record Replay(Kind kind, int number, List<String> commands, Example example) {
    public Replay {
      commands = List.copyOf(commands);
    }

    /** Whether the checks are known to judge this replay wrongly today. */
    public boolean isKnownGap() {
      return example != null && example.isKnownGap();
    }

    /** Why, when {@link #isKnownGap()}. */
    public String knownGap() {
      return example == null ? null : example.knownGap();
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
      Example a = step.alternatives().get(i);
      all.add(new Replay(Kind.ALTERNATIVE, i + 1, a.run(), a));
    }
    for (int i = 0; i < step.counterexamples().size(); i++) {
      Example c = step.counterexamples().get(i);
      all.add(new Replay(Kind.COUNTEREXAMPLE, i + 1, c.run(), c));
    }
    return all;
  }

  /**
   * Whether a replay cannot change the lab (files, docker config, engine, registries), so that it may run
   * in the session that goes on to the next steps, after the step is reset, instead of in a fresh one
   * from the step's starting state: answering a quiz (resetting the step forgets answers), or only
   * programs that read and print ({@code echo}, {@code ls}, {@code curl URL}, ...), with no redirection,
   * no command substitution and no option that writes or sends. Anything else, or anything unusual,
   * is not inert: a fresh session is always safe, only slower.
   */
  public static boolean inert(Replay replay) {
    return replay.commands().stream().allMatch(Replays::inertLine);
  }

  /** Whether every replay of the step is inert (a quiz step whose replays only answer, for example). */
  public static boolean inSession(LessonStep step) {
    return of(step).stream().allMatch(Replays::inert);
  }

  private static final Set<String> READERS =
      Set.of("echo", "ls", "du", "stat", "cat", "wc", "file", "head", "tail", "base64", "pwd", "curl", "wget");
  private static final Pattern UNSAFE = Pattern.compile("[<>`]|\\$\\(");
  /** curl and wget options that write a file, or send something other than a GET. */
  private static final Pattern WRITES = Pattern.compile(
      "-[a-zA-Z]*[oOXdTF][a-zA-Z]*|--(output|remote-name|request|data.*|upload-file|form.*|post-.*|method|body-.*|output-document|output-file|append-output)(=.*)?");

  private static boolean inertLine(String line) {
    if (answers(line)) {
      return true;
    }
    if (UNSAFE.matcher(line).find()) {
      return false;
    }
    for (String stage : line.split("\\|\\||&&|\\||;")) {
      List<String> words = List.of(stage.strip().split("\\s+"));
      String program = words.get(0);
      if (!READERS.contains(program)) {
        return false;
      }
      if (program.equals("curl") || program.equals("wget")) {
        for (String w : words.subList(1, words.size())) {
          boolean toStdout = program.equals("wget") && w.matches("-q?O-");
          if (!toStdout && WRITES.matcher(w).matches()) {
            return false;
          }
        }
        if (program.equals("wget") && words.stream().noneMatch(w -> w.matches("-q?O-"))) {
          return false; // wget saves to a file unless told to print
        }
      }
    }
    return true;
  }

  private static boolean answers(String line) {
    String l = line.strip();
    return l.equals(ANSWER) || l.startsWith(ANSWER + " ");
  }
}
