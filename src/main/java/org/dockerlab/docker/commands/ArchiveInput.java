package org.dockerlab.docker.commands;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.ByteProgress;

/**
 * The archive {@code docker load} sends: the file or stdin, counted for progress and checked for Ctrl-C,
 * unpacked on the fly when gzip or bzip2, and watched by {@link TarWatch}. Nothing is held in memory
 * beyond a 64 KiB buffer.
 */
public final class ArchiveInput implements Closeable {
  private static final int BUFFER = 64 * 1024;

  /**
   * How the engine (Go's encoding/json) words a manifest it cannot parse; a bare "unexpected EOF" is the
   * JSON's end too once the tar itself was seen whole.
   */
  private static final java.util.regex.Pattern MALFORMED_JSON =
      java.util.regex.Pattern.compile("invalid character|unexpected end of JSON input|cannot unmarshal|looking for beginning|^unexpected EOF$");

  private final String name;
  private final Compression compression;
  private final InputStream stream;
  private final TarWatch watch;

  private ArchiveInput(String name, Compression compression, InputStream stream, TarWatch watch) {
    this.name = name;
    this.compression = compression;
    this.stream = stream;
    this.watch = watch;
  }

  /**
   * Opens the archive and checks its first bytes: it is empty (null returned), not an archive (error naming
   * it), or ready to stream.
   *
   * @param name how the person calls it ({@code busybox.tar}, {@code stdin}), for messages
   */
  public static ArchiveInput open(InputStream raw, String name, CancelToken cancel, ByteProgress progress) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(new Counted(raw, cancel, progress), BUFFER);
    buffered.mark(1);
    if (buffered.read() < 0) {
      return null;
    }
    buffered.reset();
    Compression compression = Compression.sniff(buffered);
    if (!compression.unpackedHere()) {
      return new ArchiveInput(name, compression, buffered, null);
    }
    BufferedInputStream tar;
    byte[] first;
    try {
      tar = new BufferedInputStream(compression.open(buffered), BUFFER);
      tar.mark(TarWatch.BLOCK);
      first = tar.readNBytes(TarWatch.BLOCK);
      tar.reset();
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, name + " is not valid " + compression.displayName() + " data: " + e.getMessage(), e);
    }
    if (!TarWatch.isTarHeader(first)) {
      String inside = compression == Compression.NONE ? "" : " inside the " + compression.displayName() + " data";
      throw new LabException(ExitCode.FAILED, name + " is not a docker image archive (no tar archive" + inside + ")");
    }
    TarWatch watch = new TarWatch(tar);
    return new ArchiveInput(name, compression, watch, watch);
  }

  /**
   * Like {@link #open}, but an empty input is an error with the given words; {@code raw} is closed when
   * opening fails.
   */
  public static ArchiveInput require(InputStream raw, String name, String whenEmpty, CancelToken cancel, ByteProgress progress)
      throws IOException {
    ArchiveInput archive;
    try {
      archive = open(raw, name, cancel, progress);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
    if (archive == null) {
      raw.close();
      throw new LabException(ExitCode.FAILED, whenEmpty);
    }
    return archive;
  }

  /** The bytes to send to the engine. */
  public InputStream stream() {
    return stream;
  }

  /**
   * Streams the archive into the engine's load and returns its messages ({@code Loaded image: ...}), each
   * also given to {@code eachLine}; a refusal or a read failure becomes one error naming the file.
   */
  public List<String> loadInto(DockerGateway engine, Consumer<String> eachLine, CancelToken cancel) {
    try {
      return engine.loadImages(stream, eachLine);
    } catch (EngineError e) {
      throw failure(e.getMessage());
    } catch (RuntimeException e) {
      cancel.check();
      if (readFailed()) {
        throw failure(null); // our side broke the upload: say what is wrong with the file
      }
      throw e;
    }
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
      String what = compression == Compression.NONE ? "could not be read" : "is not valid " + compression.displayName() + " data (damaged or cut short)";
      return new LabException(ExitCode.FAILED, name + " " + what + ": " + read.getMessage(), read);
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

  /** Counts the raw bytes for the progress line and stops at Ctrl-C between chunks. */
  private static final class Counted extends FilterInputStream {
    private final CancelToken cancel;
    private final ByteProgress progress;
    private long total;

    Counted(InputStream in, CancelToken cancel, ByteProgress progress) {
      super(in);
      this.cancel = cancel;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      cancel.check();
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
        progress.update(total);
      }
      return n;
    }
  }
}
