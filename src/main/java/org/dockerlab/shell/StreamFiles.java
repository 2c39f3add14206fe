package org.dockerlab.shell;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/** Opens the files a docker line reads ({@code <}) and writes ({@code >}), with native gzip. */
final class StreamFiles {
  static final int BUFFER = 1 << 16;

  private StreamFiles() {}

  static InputStream read(Path file, boolean gunzip) {
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      return gunzip ? new GZIPInputStream(in, BUFFER) : in;
    } catch (NoSuchFileException e) {
      throw new LabException(ExitCode.FAILED, file.getFileName() + ": no such file (in " + file.getParent() + ")");
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A file being written: into a temporary file beside the target, moved into place only when the
   * command succeeds, so that a failed or cancelled save never leaves a partial archive.
   */
  static final class Target implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;

    Target(Path target, boolean append, boolean gzip, int level) {
      this.target = target;
      try {
        if (append) {
          this.temp = null;
          OutputStream raw = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          this.stream = gzip ? gzip(raw, level) : raw;
        } else {
          this.temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".dockerlab-tmp");
          OutputStream raw = Files.newOutputStream(temp);
          this.stream = gzip ? gzip(raw, level) : new java.io.BufferedOutputStream(raw, BUFFER);
        }
      } catch (NoSuchFileException e) {
        throw new LabException(ExitCode.FAILED, target.getParent() + ": no such directory");
      } catch (IOException e) {
        throw new LabException(ExitCode.FAILED, "cannot write " + target + ": " + e.getMessage(), e);
      }
    }

    OutputStream stream() {
      return stream;
    }

    Path path() {
      return target;
    }

    /** Finishes the file: moves it into place when the command succeeded, else removes it; true if kept. */
    boolean finish(boolean succeeded) {
      try {
        stream.close();
      } catch (IOException e) {
        succeeded = false;
      }
      if (temp == null) {
        return succeeded;
      }
      try {
        if (!succeeded) {
          Files.deleteIfExists(temp);
          return false;
        }
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
      } catch (IOException e) {
        throw new LabException(ExitCode.FAILED, "cannot finish " + target + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      finish(false);
    }

    private static OutputStream gzip(OutputStream raw, int level) throws IOException {
      return new GZIPOutputStream(raw, BUFFER) {
        {
          def.setLevel(level);
        }
      };
    }
  }
}
