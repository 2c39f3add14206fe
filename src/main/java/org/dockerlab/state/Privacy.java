package org.dockerlab.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Owner-only permissions where the file system supports them (it does not on Windows). */
public final class Privacy {
  private Privacy() {}

  public static void restrictToOwner(Path path) throws IOException {
    try {
      String mode = Files.isDirectory(path) ? "rwx------" : "rw-------";
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: nothing more we can do.
    }
  }
}
