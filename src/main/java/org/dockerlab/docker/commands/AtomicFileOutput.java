package org.dockerlab.docker.commands;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file that appears whole or not at all: bytes go to a temp file beside the target, which is synced and
 * moved into place by {@link #commit()}; {@link #close()} without a commit deletes it.
 */
final class AtomicFileOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileOutputStream out;
  private boolean committed;

  private AtomicFileOutput(Path target, Path temp, FileOutputStream out) {
    this.target = target;
    this.temp = temp;
    this.out = out;
  }

  /** Starts writing {@code target}; the temp file lives in the same directory, so the final move is atomic. */
  static AtomicFileOutput create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    return new AtomicFileOutput(target, temp, new FileOutputStream(temp.toFile()));
  }

  OutputStream stream() {
    return out;
  }

  Path temp() {
    return temp;
  }

  /** Syncs the bytes to disk and moves the file into place, replacing an older one. */
  void commit() throws IOException {
    out.getFD().sync();
    out.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      out.close();
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the temp file is hidden (dot-named) and harmless; the save's own error is the one to show
    }
  }
}
