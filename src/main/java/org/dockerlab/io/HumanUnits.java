package org.dockerlab.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Sizes and durations written the way the docker CLI writes them (Go's {@code go-units}): decimal units
 * ({@code 3.96MB}, {@code 26.8MB}) and rough ages ({@code 3 minutes}, {@code 2 weeks}).
 */
public final class HumanUnits {
  private static final String[] DECIMAL_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
  private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

  private HumanUnits() {}

  /** A size with 3 significant digits, as the SIZE column of {@code docker images}: {@code 3.96MB}. */
  public static String size(long bytes) {
    return size(bytes, 3);
  }

  /** A size with the given significant digits; progress uses 4 ({@code 2.103MB}), like the CLI's. */
  public static String size(long bytes, int precision) {
    return customSize(bytes, precision, 1000, DECIMAL_UNITS);
  }

  /** Binary units with 4 significant digits, as go-units' {@code BytesSize}: {@code 23.54GiB} ({@code docker info}). */
  public static String binarySize(long bytes) {
    return customSize(bytes, 4, 1024, BINARY_UNITS);
  }

  // go-units' CustomSize
  private static String customSize(long bytes, int precision, double base, String[] units) {
    double value = bytes;
    int unit = 0;
    while (value >= base && unit < units.length - 1) {
      value /= base;
      unit++;
    }
    return formatG(value, precision) + units[unit];
  }

  /** A duration in words, as go-units' {@code HumanDuration}: "Less than a second", "About an hour", "2 weeks". */
  public static String duration(Duration d) {
    long seconds = d.getSeconds();
    if (seconds < 1) {
      return "Less than a second";
    } else if (seconds == 1) {
      return "1 second";
    } else if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = seconds / 60;
    if (minutes == 1) {
      return "About a minute";
    } else if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = (long) (seconds / 3600.0 + 0.5);
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
    return seconds / 3600 / 24 / 365 + " years";
  }

  /** The CREATED column: {@code 3 minutes ago}. */
  public static String since(Instant then, Instant now) {
    return duration(Duration.between(then, now)) + " ago";
  }

  /** Go's {@code %.<precision>g}: shortest form, trailing zeros dropped, exponent only for large values. */
  static String formatG(double value, int precision) {
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= precision) {
      String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
      return String.format(Locale.ROOT, "%se%s%02d", mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
    }
    return rounded.stripTrailingZeros().toPlainString();
  }
}
