package org.dockerlab.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** When a file a step expects is missing, a file with a name one or two typos away is worth naming. */
final class NearbyFiles {
  private static final int MAX_DISTANCE = 2;

  private NearbyFiles() {}

  /** {@code " (there is busybx.tar: a typo?)"}, or empty text when nothing is close. */
  static String hint(Path workdir, String expected) {
    return closest(workdir.resolve(expected).getParent(), Path.of(expected).getFileName().toString())
        .map(name -> " (there is " + name + ": a typo?)")
        .orElse("");
  }

  static Optional<String> closest(Path dir, String name) {
    if (dir == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(name) && !n.startsWith("."))
          .map(n -> new Object[] {n, distance(n, name)})
          .filter(pair -> (int) pair[1] <= MAX_DISTANCE)
          .min(Comparator.comparingInt(pair -> (int) pair[1]))
          .map(pair -> (String) pair[0]);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
