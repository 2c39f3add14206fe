package org.dockerlab.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for a path a lesson file names (a check's file, a setup action's file): relative, inside the
 * learner's workspace, written with {@code /}. Refused: absolute paths, {@code ..} that climbs out, {@code ~}
 * (lesson paths are not expanded like a shell's), backslashes (a different file on each system), and a path
 * that names the workspace itself.
 */
public final class WorkspacePath {
  private WorkspacePath() {}

  /** Why the path is refused, without the field name; empty when it is a path inside the workspace. */
  public static Optional<String> problem(String path) {
    if (path == null || path.isBlank()) {
      return Optional.of("a path is required");
    }
    if (!isInside(path)) {
      return Optional.of("'" + path + "' must be a path inside the workspace (relative, no ..)");
    }
    return Optional.empty();
  }

  /** The path unchanged, or an exception whose message starts with the field. */
  public static String require(String field, String path) {
    problem(path).ifPresent(p -> {
      throw new IllegalArgumentException(field + ": " + p);
    });
    return path;
  }

  private static boolean isInside(String path) {
    if (path.startsWith("~") || path.indexOf('\\') >= 0) {
      return false;
    }
    try {
      Path p = Path.of(path).normalize();
      return !p.isAbsolute() && !p.startsWith("..") && !p.toString().isEmpty();
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
