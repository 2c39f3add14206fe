package org.dockerlab.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The grade of one check: its outcome, which kind of verdict it comes from and when that was obtained.
 * Every text is redacted on construction, so no renderer can show a secret a check let slip.
 *
 * @param check what the learner had to achieve ({@code Check.describe()})
 * @param at when the verdict was obtained; null when there is none
 * @param expected for failures: what the check wanted
 * @param found for failures: what it saw instead
 */
public record CheckGrade(
    String check, Outcome outcome, Kind kind, Instant at, String message, String expected, String found, Map<String, String> evidence) {

  /** What became of the check. */
  public enum Outcome {
    PASSED("passed"),
    FAILED("failed"),
    /** The check could not look (engine down, timeout): the environment, not the learner. */
    ERROR("error"),
    NOT_ATTEMPTED("not attempted"),
    /** Live grading cannot see shell history or quiz answers, and nothing was recorded. */
    NOT_GRADABLE("not gradable live");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where the verdict comes from. */
  public enum Kind {
    /** Kept in progress.json when the step's checks passed in the shell. */
    RECORDED,
    /** Run against the engine, files and registries just now. */
    LIVE,
    /** No verdict at all. */
    NONE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CheckGrade {
    check = Redactor.redact(check);
    message = Redactor.redact(message);
    expected = Redactor.redact(expected);
    found = Redactor.redact(found);
    Map<String, String> clean = new LinkedHashMap<>();
    if (evidence != null) {
      evidence.forEach((k, v) -> clean.put(Redactor.redact(k), Redactor.redactValue(k, v)));
    }
    evidence = Collections.unmodifiableMap(clean);
  }
}
