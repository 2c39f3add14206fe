package org.dockerlab.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file that appears whole or not at all: bytes go to a temp file beside the target (created with its
 * final permissions, before a byte goes in), which {@link #commit()} forces to disk and moves into place;
 * {@link #close()} without a commit deletes it, so a failed or cancelled write leaves nothing behind.
 * A target that is not a regular file ({@code /dev/null}, a named pipe, {@code /dev/stdout}) is written
 * straight through, as the shell's {@code >} does: replacing a device with a file would break the machine.
 * A symbolic link is written through to the file it names.
 */
public final class AtomicFile implements AutoCloseable {
  /** Who may read the file. */
  public enum Access {
    /** {@code rw-r--r--}, like a file the shell's {@code >} makes: archives, reports. */
    SHARED("rw-r--r--"),
    /** {@code rw-------}: files holding secrets, like config.json. */
    OWNER_ONLY("rw-------");

    private final String mode;

    Access(String mode) {
      this.mode = mode;
    }
  }

  private static final int BUFFER = 1 << 16;
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean committed;

  private AtomicFile(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
  }

  /** Starts writing {@code target}; the temp file lives in the same directory, so the final move is atomic. */
  public static AtomicFile create(Path target, Access access) throws IOException {
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      target = target.toRealPath();
    }
    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
      return new AtomicFile(target, null, FileChannel.open(target, StandardOpenOption.WRITE));
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part", attributes(access.mode));
    try {
      return new AtomicFile(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  public OutputStream stream() {
    return stream;
  }

  public Path target() {
    return target;
  }

  /** Forces the bytes to disk and moves the file into place, replacing an older one. */
  public void commit() throws IOException {
    stream.flush();
    if (temp == null) { // a device or a pipe: nothing to move, nothing to force to disk
      stream.close();
      committed = true;
      return;
    }
    channel.force(true);
    stream.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Removes the temp file unless the write was committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      stream.close();
    } catch (IOException e) {
      // closing a file we are about to delete
    }
    if (temp == null) {
      return; // a device or a pipe is never removed
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the temp file is hidden (dot-named) and harmless; the write's own error is the one to show
    }
  }

  private static FileAttribute<?>[] attributes(String mode) {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))}
        : new FileAttribute<?>[0];
  }
}
