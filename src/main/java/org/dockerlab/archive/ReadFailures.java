package org.dockerlab.archive;

import java.io.EOFException;
import java.util.Locale;

/** How a failed read of an archive is put to a person: commons-compress says "truncated" or nothing at all. */
final class ReadFailures {
  private ReadFailures() {}

  /** True when the file (or the compressed data in it) stops before its end: written incompletely. */
  static boolean endsEarly(Exception e) {
    return e instanceof EOFException || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("truncated"));
  }

  /** The reason in words, never "null": an end-of-file without a message says the data ends too early. */
  static String reason(Exception e) {
    if (e.getMessage() != null) {
      return e.getMessage();
    }
    return e instanceof EOFException ? "it ends too early" : e.getClass().getSimpleName();
  }
}
