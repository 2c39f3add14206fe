package org.dockerlab.shell;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.dockerlab.archive.Compression;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;

/** Opens the files a docker line reads ({@code <}) and writes ({@code >}), with native gzip. */
final class StreamFiles {
  static final int BUFFER = 1 << 16;

  private StreamFiles() {}

  /**
   * @param typed the path as the person typed it, for messages
   * @param file that path resolved
   */
  static InputStream read(Path typed, Path file, boolean gunzip) {
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      return gunzip ? Compression.GZIP.decompress(in) : in;
    } catch (NoSuchFileException e) {
      throw new LabException(ExitCode.FAILED, typed + ": no such file or directory");
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "cannot read " + typed + ": " + reason(e), e);
    }
  }

  /** The directory a path the person typed is in, as typed ({@code auth} for {@code auth/htpasswd}). */
  static String directoryOf(Path typed) {
    Path parent = typed.getParent();
    return parent == null ? "." : parent.toString();
  }

  /** An IOException's reason without the absolute path Java puts first. */
  private static String reason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
  }

  /**
   * A file being written for {@code >}: atomically (see {@link AtomicFile}) so that a failed or cancelled
   * save never leaves a partial archive; {@code >>} appends in place, as the shell does.
   */
  static final class Target implements AutoCloseable {
    private final Path typed;
    private final Path target;
    private final AtomicFile atomic;
    private final OutputStream stream;

    /**
     * @param typed the path as the person typed it, for messages
     * @param target that path resolved
     */
    Target(Path typed, Path target, boolean append, boolean gzip, int level) {
      this.typed = typed;
      this.target = target;
      try {
        OutputStream raw;
        if (append) {
          this.atomic = null;
          raw = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND), BUFFER);
        } else {
          this.atomic = AtomicFile.create(target, AtomicFile.Access.SHARED);
          raw = atomic.stream();
        }
        this.stream = gzip ? gzip(raw, level) : raw;
      } catch (NoSuchFileException e) {
        String dir = directoryOf(typed);
        throw new LabException(ExitCode.FAILED, dir + ": no such directory (mkdir -p " + dir + ")");
      } catch (IOException e) {
        throw new LabException(ExitCode.FAILED, "cannot write " + typed + ": " + reason(e), e);
      }
    }

    OutputStream stream() {
      return stream;
    }

    Path path() {
      return target;
    }

    /** Finishes the file: keeps it when the command succeeded, else removes it; true if kept. */
    boolean finish(boolean succeeded) {
      try {
        if (atomic == null) {
          stream.close();
          return succeeded;
        }
        if (!succeeded) {
          atomic.close();
          return false;
        }
        if (stream instanceof GZIPOutputStream gz) {
          gz.finish();
        }
        atomic.commit();
        return true;
      } catch (IOException e) {
        atomic.close();
        throw new LabException(ExitCode.FAILED, "cannot finish " + typed + ": " + reason(e), e);
      }
    }

    @Override
    public void close() {
      if (atomic != null) {
        atomic.close();
      }
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
