package org.dockerlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a check found.
 *
 * @param message for the learner: what is right, or what is missing and what to try
 * @param expected what the check wanted, in words ("a tar archive containing busybox:latest")
 * @param found what it saw instead ("no file busybox.tar in /path/workspace")
 * @param evidence facts kept with a recorded verdict (archive tags, image ID, digest, container ID); never secrets
 */
public record CheckResult(Status status, String message, String expected, String found, Map<String, String> evidence) {
  /** PASSED or FAILED is the learner's result; ERROR means the check could not look (engine down). */
  public enum Status {
    PASSED,
    FAILED,
    ERROR
  }

  /** The evidence key of a hint code. */
  public static final String HINT = "hint";

  public CheckResult {
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }

  public static CheckResult passed(String message, Map<String, String> evidence) {
    return new CheckResult(Status.PASSED, message, null, null, evidence);
  }

  public static CheckResult failed(String message, String expected, String found) {
    return new CheckResult(Status.FAILED, message, expected, found, Map.of());
  }

  public static CheckResult error(String message) {
    return new CheckResult(Status.ERROR, message, null, null, Map.of());
  }

  /**
   * The same result with a hint code that names the state the learner is in (Katacoda's hint codes):
   * {@code tag-not-pushed}, {@code wrong-image}, {@code registry-open}... Kept with the evidence, so reports
   * and classroom tools can group failures by cause.
   */
  public CheckResult withHint(String code) {
    Map<String, String> more = new LinkedHashMap<>(evidence);
    more.put(HINT, code);
    return new CheckResult(status, message, expected, found, more);
  }

  /** The hint code, if the check gave one. */
  public Optional<String> hint() {
    return Optional.ofNullable(evidence.get(HINT));
  }

  public boolean passed() {
    return status == Status.PASSED;
  }
}
