package org.dockerlab.images;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.dockerlab.io.CancelToken;
import org.dockerlab.files.AtomicFile;

/**
 * Writes a docker archive from the engine into a bundle file in fixed chunks (a small heap for any size),
 * whole or not at all: a failed or cancelled write leaves neither the file nor its temp file behind.
 */
public final class BundleFile {
  private static final int CHUNK = 64 * 1024;

  private BundleFile() {}

  /** What was written: the archive's bytes as the engine sent them, and the file's size on disk. */
  public record Written(long archiveBytes, long fileBytes) {}

  /**
   * @param progress receives the archive bytes read so far, after each chunk
   * @param cancel Ctrl-C: it closes the temp file (deleting it) and the engine's stream
   */
  public static Written write(InputStream archive, Path target, BundleFormat format, LongConsumer progress, CancelToken cancel)
      throws IOException {
    try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
      cancel.onCancel(file::close);
      Counting counted = new Counting(file.stream());
      OutputStream out = format.wrap(counted);
      byte[] buffer = new byte[CHUNK];
      long total = 0;
      for (int n; (n = read(archive, buffer, cancel)) >= 0; ) {
        out.write(buffer, 0, n);
        total += n;
        progress.accept(total);
      }
      format.finish(out);
      cancel.check();
      file.commit();
      return new Written(total, counted.count);
    }
  }

  private static int read(InputStream in, byte[] buffer, CancelToken cancel) throws IOException {
    cancel.check();
    try {
      return in.read(buffer);
    } catch (IOException e) {
      cancel.check(); // a stream closed by Ctrl-C fails its read: that is a cancel, not a break
      throw e;
    }
  }

  /** Counts what reaches the file, so the summary can give the bundle's size without asking the disk. */
  private static final class Counting extends FilterOutputStream {
    private long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
