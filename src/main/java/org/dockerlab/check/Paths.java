package org.dockerlab.check;

import java.nio.file.Path;

/** Validation of paths in lesson files: relative, and inside the workspace (no traversal). */
final class Paths {
  private Paths() {}

  static void requireRelativeInside(String field, String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException(field + ": a path is required");
    }
    Path p = Path.of(path).normalize();
    if (p.isAbsolute() || p.startsWith("..")) {
      throw new IllegalArgumentException(field + ": '" + path + "' must be a path inside the workspace (relative, no ..)");
    }
  }
}
