package org.dockerlab.check;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * How the checks that read what happened ({@code ran}: the shell's journal; {@code exec}: the engine's events)
 * reach a verdict, so they word it alike: reading newest first, any try that did it and succeeded passes; else
 * the newest that did it but failed says why; else the newest near miss is "not quite"; else "not done yet".
 */
final class Tries {
  private Tries() {}

  /** What one piece of evidence says about the step; {@code null} from a judge means it says nothing. */
  record Try(Kind kind, String message, String found, Map<String, String> evidence) {
    enum Kind {
      DONE,
      FAILED,
      NEAR
    }

    /** It did what the step asks, and succeeded. */
    static Try done(String message, Map<String, String> evidence) {
      return new Try(Kind.DONE, message, null, evidence);
    }

    /** It did what the step asks, but failed: {@code "you ran X, but it failed (exit status 1)"}. */
    static Try failed(String message, String found) {
      return new Try(Kind.FAILED, message, found, Map.of());
    }

    /** It came close: {@code "you ran X"}, said after "not quite". */
    static Try near(String message, String found) {
      return new Try(Kind.NEAR, message, found, Map.of());
    }
  }

  /**
   * The verdict over {@code count} pieces of evidence, oldest first, each judged by its index.
   *
   * @param describe what the step asks, in the learner's words
   * @param nothing what was found when nothing came close ("no such command since the lesson began")
   */
  static CheckResult newestFirst(int count, IntFunction<Try> judge, String describe, String nothing) {
    Try failure = null;
    Try near = null;
    for (int i = count - 1; i >= 0; i--) {
      Try t = judge.apply(i);
      if (t == null) {
        continue;
      }
      switch (t.kind()) {
        case DONE -> {
          return CheckResult.passed(t.message(), t.evidence());
        }
        case FAILED -> failure = failure == null ? t : failure;
        case NEAR -> near = near == null ? t : near;
      }
    }
    if (failure != null) {
      return CheckResult.failed(failure.message() + ": " + describe, describe, failure.found());
    }
    if (near != null) {
      return CheckResult.failed("not quite: " + describe + " (" + near.message() + ")", describe, near.found());
    }
    return CheckResult.failed("not done yet: " + describe, describe, nothing);
  }

  /** A check's {@code describe:} field, required: {@code what} says what the words are about. */
  static void requireDescribe(String describe, String what) {
    if (describe == null || describe.isBlank()) {
      throw new IllegalArgumentException("describe: say in words " + what);
    }
  }
}
