package org.dockerlab.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How reports show a time: UTC, to the second, the same for every reader of a classroom's reports. */
public final class Times {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String format(Instant at) {
    return at == null ? "" : FORMAT.format(at);
  }

  /** "recorded 2024-05-01 10:00:00 UTC", "live 2024-...", or "no verdict". */
  static String verdict(CheckGrade check) {
    return check.kind() == CheckGrade.Kind.NONE ? "no verdict" : check.kind().label() + " " + format(check.at());
  }
}
