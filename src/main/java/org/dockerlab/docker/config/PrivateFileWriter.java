package org.dockerlab.docker.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;

/**
 * Replaces a file that holds secrets: written to a temp file in the same directory that is owner-only
 * before a byte goes in, forced to disk, then moved over the old one, so a crash leaves the old file whole.
 */
final class PrivateFileWriter {
  /** Copies the content into the temp file; a seam so tests can fail half-way through. */
  interface Sink {
    void write(OutputStream out, byte[] content) throws IOException;
  }

  private final Sink sink;

  PrivateFileWriter() {
    this(OutputStream::write);
  }

  PrivateFileWriter(Sink sink) {
    this.sink = sink;
  }

  void write(Path target, byte[] content) {
    try {
      createPrivateDirectory(target.toAbsolutePath().getParent());
      try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.OWNER_ONLY)) {
        sink.write(file.stream(), content);
        file.commit();
      }
    } catch (IOException e) {
      throw LabException.environment(
          "could not write " + target + " (" + e.getMessage() + "); it is unchanged: check that the directory is writable", e);
    }
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, attributes("rwx------"));
    }
  }

  private static FileAttribute<?>[] attributes(String mode) {
    return isPosix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))}
        : new FileAttribute<?>[0];
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
