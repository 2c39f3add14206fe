package org.dockerlab.archive;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * An archive streaming to the engine ({@code docker load}, {@code dockerlab images import}): unpacked on
 * the fly when gzip or bzip2, its tar headers watched by {@link TarWatch}, so that when the engine refuses
 * it the lab can say what is wrong with the file. Nothing is held in memory beyond a 64 KiB buffer.
 */
public final class WatchedArchive implements Closeable {
  private static final int BUFFER = 64 * 1024;

  /**
   * How the engine (Go's encoding/json) words a manifest it cannot parse; a bare "unexpected EOF" is the
   * JSON's end too once the tar itself was seen whole.
   */
  private static final Pattern MALFORMED_JSON =
      Pattern.compile("invalid character|unexpected end of JSON input|cannot unmarshal|looking for beginning|^unexpected EOF$");

  private final String name;
  private final Compression compression;
  private final InputStream stream;
  private final TarWatch watch;

  private WatchedArchive(String name, Compression compression, InputStream stream, TarWatch watch) {
    this.name = name;
    this.compression = compression;
    this.stream = stream;
    this.watch = watch;
  }

  /**
   * Opens the archive and checks its first bytes: it is empty (null returned), not an archive (an error
   * naming it), or ready to stream. xz and zstd are streamed as they are, unwatched: the engine unpacks them.
   *
   * @param name how the person calls it ({@code busybox.tar}, {@code stdin}), for messages
   * @param beforeEachRead given the bytes read from {@code raw} so far, before each read of it: for a progress
   *     line, and to stop at Ctrl-C by throwing
   */
  public static WatchedArchive open(InputStream raw, String name, LongConsumer beforeEachRead) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(new Metered(raw, beforeEachRead), BUFFER);
    buffered.mark(1);
    if (buffered.read() < 0) {
      return null;
    }
    buffered.reset();
    Compression compression = Compression.detect(buffered);
    if (!compression.readableHere()) {
      return new WatchedArchive(name, compression, buffered, null);
    }
    BufferedInputStream tar;
    byte[] first;
    try {
      tar = new BufferedInputStream(compression.decompress(buffered), BUFFER);
      tar.mark(TarWatch.BLOCK);
      first = tar.readNBytes(TarWatch.BLOCK);
      tar.reset();
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, name + " is not valid " + compression.word() + " data: " + ReadFailures.reason(e), e);
    }
    if (!TarWatch.isTarHeader(first)) {
      String inside = compression == Compression.NONE ? "" : " inside the " + compression.word() + " data";
      throw new LabException(ExitCode.FAILED, name + " is not a docker image archive (no tar archive" + inside + ")");
    }
    TarWatch watch = new TarWatch(tar);
    return new WatchedArchive(name, compression, watch, watch);
  }

  /** The bytes to send to the engine: the tar, or the xz or zstd data as it came. */
  public InputStream stream() {
    return stream;
  }

  public Compression compression() {
    return compression;
  }

  /**
   * Explains a failed load in terms of the file, keeping the engine's words (null when it said nothing).
   */
  public LabException failure(String engineMessage) {
    String engine = engineMessage == null ? "" : ": " + engineMessage;
    if (watch == null) {
      return new LabException(ExitCode.FAILED, name + engine);
    }
    IOException read = watch.readFailure();
    if (read != null) {
      String what = compression == Compression.NONE ? "could not be read" : "is not valid " + compression.word() + " data (damaged or cut short)";
      return new LabException(ExitCode.FAILED, name + " " + what + ": " + ReadFailures.reason(read), read);
    }
    if (watch.badHeader()) {
      return new LabException(ExitCode.FAILED, name + " is damaged (a tar header in it is corrupt)" + engine);
    }
    if (watch.truncated()) {
      return new LabException(ExitCode.FAILED, name + " is truncated (the tar archive ends in the middle)" + engine);
    }
    if (!watch.sawManifest()) {
      return new LabException(ExitCode.FAILED, name + " is not a docker image archive (no manifest.json)" + engine);
    }
    if (engineMessage != null && MALFORMED_JSON.matcher(engineMessage).find()) {
      return new LabException(ExitCode.FAILED, name + " has a malformed manifest.json (not valid JSON)" + engine);
    }
    return new LabException(ExitCode.FAILED, name + engine);
  }

  /** True when reading or unpacking the file failed, rather than the engine refusing it. */
  public boolean readFailed() {
    return watch != null && watch.readFailure() != null;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }

  /** The raw input, counted. */
  private static final class Metered extends ObservedStream {
    private final LongConsumer beforeEachRead;
    private long total;

    Metered(InputStream in, LongConsumer beforeEachRead) {
      super(in);
      this.beforeEachRead = beforeEachRead;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      beforeEachRead.accept(total);
      int n = in.read(b, off, len);
      total += Math.max(n, 0);
      return n;
    }
  }
}
