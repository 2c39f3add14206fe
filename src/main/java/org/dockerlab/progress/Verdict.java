package org.dockerlab.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A recorded verdict: when a step's checks all passed, and what each found (no secrets). */
public record Verdict(Instant at, List<CheckRecord> checks) {
  public Verdict {
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** One check of a recorded verdict. */
  public record CheckRecord(String check, String status, String message, Map<String, String> evidence) {
    public CheckRecord {
      evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
  }
}
