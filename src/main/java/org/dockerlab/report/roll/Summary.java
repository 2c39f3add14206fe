package org.dockerlab.report.roll;

import java.util.Locale;
import org.dockerlab.report.Times;

/** Wording the class report's forms share. */
final class Summary {
  static final int MOST_FAILED = 10;
  private static final int BAR = 10;

  private Summary() {}

  /** "3 learners from 4 reports (1 file skipped), made 2024-05-02 08:30:00 UTC; 12 steps worth 15 points." */
  static String line(ClassRoll roll) {
    int learners = roll.rows().size();
    return plural(learners, "learner") + " from " + plural(roll.reports(), "report")
        + (roll.skipped().isEmpty() ? "" : " (" + plural(roll.skipped().size(), "file") + " skipped)")
        + ", made " + Times.format(roll.generatedAt()) + "; " + plural(roll.columns().size(), "step") + " worth " + plural(roll.possible(), "point") + ".";
  }

  static String plural(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.0f%%", rate * 100);
  }

  /** A text bar for places without pictures: {@code ######----}. */
  static String bar(double rate) {
    int filled = (int) Math.round(rate * BAR);
    return "`" + "#".repeat(filled) + "-".repeat(BAR - filled) + "`";
  }
}
