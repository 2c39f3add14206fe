package org.dockerlab.lesson;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code exam:} section of an exam file ({@code lessons/exams/NN-ID.yaml}): what an exam allows.
 *
 * @param timeLimitMinutes the time allowed, fractions allowed ({@code 0.5} is 30 seconds); absent means no limit
 * @param hints whether {@code hint} works during the exam (default false)
 */
public record ExamRules(Double timeLimitMinutes, boolean hints) {
  private static final double A_DAY = 24 * 60;

  public ExamRules {
    if (timeLimitMinutes != null && !(timeLimitMinutes > 0 && timeLimitMinutes <= A_DAY)) {
      throw new IllegalArgumentException("timeLimitMinutes: " + timeLimitMinutes + " is not a time limit (more than 0, at most " + (int) A_DAY + " minutes)");
    }
  }

  public Optional<Duration> timeLimit() {
    return Optional.ofNullable(timeLimitMinutes).map(m -> Duration.ofMillis(Math.round(m * 60_000)));
  }
}
