package org.dockerlab.report.roll;

import java.util.Locale;

/**
 * What became of one step in one report, from its checks: passed when all passed; otherwise the worst of
 * failed, could not run, not gradable live, not attempted. Each has a symbol, so that no page relies on
 * colour alone.
 */
public enum StepOutcome {
  PASSED("passed", "✔"),
  FAILED("failed", "✘"),
  ERROR("could not run", "!"),
  NOT_GRADABLE("not gradable live", "?"),
  NOT_ATTEMPTED("not attempted", "–");

  private final String label;
  private final String symbol;

  StepOutcome(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }

  /** The name in JSON: {@code passed}, {@code not-attempted}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the step has a verdict at all (a not attempted step has none, and never outweighs one that has). */
  public boolean isVerdict() {
    return this != NOT_ATTEMPTED && this != NOT_GRADABLE;
  }
}
