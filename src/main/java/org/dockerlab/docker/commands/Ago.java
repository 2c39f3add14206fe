package org.dockerlab.docker.commands;

import java.time.Duration;
import java.time.Instant;

/** Relative times worded like the docker CLI (go-units' HumanDuration): "2 minutes ago", "About an hour ago". */
final class Ago {
  private Ago() {}

  static String since(Instant then, Instant now) {
    return human(Duration.between(then, now)) + " ago";
  }

  static String human(Duration d) {
    long seconds = d.getSeconds();
    if (seconds < 1) {
      return "Less than a second";
    } else if (seconds == 1) {
      return "1 second";
    } else if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = d.toMinutes();
    if (minutes == 1) {
      return "About a minute";
    } else if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = Math.round(d.toMillis() / 3_600_000.0);
    if (hours == 1) {
      return "About an hour";
    } else if (hours < 48) {
      return hours + " hours";
    } else if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    } else if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return d.toHours() / 24 / 365 + " years";
  }
}
