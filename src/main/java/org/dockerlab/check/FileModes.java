package org.dockerlab.check;

/** Validation of file modes in lesson files (paths follow {@link org.dockerlab.files.WorkspacePath}). */
final class FileModes {
  private FileModes() {}

  /** A file mode as {@code ls -l} shows it, e.g. {@code rw-------}. */
  static void requireMode(String field, String mode) {
    if (mode != null && !mode.matches("[r-][w-][x-][r-][w-][x-][r-][w-][x-]")) {
      throw new IllegalArgumentException(field + ": write it like ls shows it, e.g. rw-------, not '" + mode + "'");
    }
  }
}
