package org.dockerlab.docker.commands;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.archive.WatchedArchive;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.ByteProgress;

/**
 * The archive {@code docker load} and {@code dockerlab images import} send: the file or stdin, counted for
 * progress and checked for Ctrl-C, as a {@link WatchedArchive} (unpacked on the fly, its tar watched), and
 * the engine's refusal explained in terms of the file.
 */
public final class ArchiveInput implements Closeable {
  private final WatchedArchive archive;

  private ArchiveInput(WatchedArchive archive) {
    this.archive = archive;
  }

  /**
   * Opens the archive; an empty input is an error with the given words, and so is one that is no archive
   * (see {@link WatchedArchive#open}). {@code raw} is closed when opening fails.
   *
   * @param name how the person calls it ({@code busybox.tar}, {@code stdin}), for messages
   */
  public static ArchiveInput require(InputStream raw, String name, String whenEmpty, CancelToken cancel, ByteProgress progress)
      throws IOException {
    WatchedArchive archive;
    try {
      archive = WatchedArchive.open(raw, name, bytesSoFar -> {
        cancel.check();
        progress.update(bytesSoFar);
      });
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
    if (archive == null) {
      raw.close();
      throw new LabException(ExitCode.FAILED, whenEmpty);
    }
    return new ArchiveInput(archive);
  }

  /**
   * Streams the archive into the engine's load and returns its messages ({@code Loaded image: ...}), each
   * also given to {@code eachLine}; a refusal or a read failure becomes one error naming the file.
   */
  public List<String> loadInto(DockerGateway engine, Consumer<String> eachLine, CancelToken cancel) {
    try {
      return engine.loadImages(archive.stream(), eachLine);
    } catch (EngineError e) {
      throw archive.failure(e.getMessage());
    } catch (RuntimeException e) {
      cancel.check();
      if (archive.readFailed()) {
        throw archive.failure(null); // our side broke the upload: say what is wrong with the file
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    archive.close();
  }
}
