package org.dockerlab.check;

import java.util.Map;

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

  public boolean passed() {
    return status == Status.PASSED;
  }
}
