package org.dockerlab.docker.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as Go's {@code time.Time.String()} writes them in the local zone: {@code 2026-12-02 23:11:31 +0000 UTC}. */
public final class GoTimes {
  private static final DateTimeFormatter STRING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z", Locale.ROOT);

  private GoTimes() {}

  public static String string(long epochSecond) {
    return STRING.format(Instant.ofEpochSecond(epochSecond).atZone(ZoneId.systemDefault()));
  }
}
