package org.dockerlab.report.roll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a class report reads: each file given, and every {@code *.json} under each folder given
 * (recursively, in name order, symbolic links to folders not followed), each once.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * What was found.
   *
   * @param files the files to read, in order
   * @param skipped paths that could not be looked at, with why
   * @param ignored files in the folders that are not named {@code *.json}, not read
   */
  public record Found(List<Path> files, List<Skipped> skipped, int ignored) {}

  /** A path or file left out of the roll-up, and why, for one line on the terminal. */
  public record Skipped(String source, String reason) {
    @Override
    public String toString() {
      return source + ": skipped: " + reason;
    }
  }

  public static Found find(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    int ignored = 0;
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> under;
        try (Stream<Path> walk = Files.walk(input)) {
          under = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
          skipped.add(new Skipped(input.toString(), "cannot list the folder: " + e.getMessage()));
          continue;
        }
        for (Path p : under) {
          if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            add(p, files, seen);
          } else {
            ignored++;
          }
        }
      } else if (Files.isRegularFile(input)) {
        add(input, files, seen);
      } else {
        skipped.add(new Skipped(input.toString(), Files.exists(input) ? "not a file or a folder" : "no such file or folder"));
      }
    }
    return new Found(files, skipped, ignored);
  }

  private static void add(Path file, List<Path> files, Set<Path> seen) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      real = file.toAbsolutePath().normalize();
    }
    if (seen.add(real)) {
      files.add(file);
    }
  }
}
