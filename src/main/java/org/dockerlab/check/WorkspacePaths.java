package org.dockerlab.check;

import java.nio.file.Path;

/** Validation of paths and file modes in lesson files: paths relative, inside the workspace (no traversal). */
final class WorkspacePaths {
  private WorkspacePaths() {}

  static void requireRelativeInside(String field, String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException(field + ": a path is required");
    }
    Path p = Path.of(path).normalize();
    if (p.isAbsolute() || p.startsWith("..")) {
      throw new IllegalArgumentException(field + ": '" + path + "' must be a path inside the workspace (relative, no ..)");
    }
  }

  /** A file mode as {@code ls -l} shows it, e.g. {@code rw-------}. */
  static void requireMode(String field, String mode) {
    if (mode != null && !mode.matches("[r-][w-][x-][r-][w-][x-][r-][w-][x-]")) {
      throw new IllegalArgumentException(field + ": write it like ls shows it, e.g. rw-------, not '" + mode + "'");
    }
  }
}
