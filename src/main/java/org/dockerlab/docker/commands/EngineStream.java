package org.dockerlab.docker.commands;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.docker.EngineError;

/**
 * Follows one of the engine's JSON progress streams (pull, push) to its end. docker-java hands errors
 * inside the stream ({@code errorDetail}) to {@code onNext} like any other item and then reports success,
 * so this callback keeps the first one and {@link #follow} fails with the engine's words.
 */
final class EngineStream<T extends ResponseItem> extends ResultCallback.Adapter<T> {
  private final LayerProgress progress;
  private volatile String error;

  private EngineStream(LayerProgress progress) {
    this.progress = progress;
  }

  /**
   * Starts the stream with {@code start} and prints it to {@code io.out()} until it ends or Ctrl-C.
   *
   * @throws EngineError when the engine reported an error inside the stream
   */
  static <T extends ResponseItem> void follow(DockerIo io, DockerJavaGateway engine, Consumer<EngineStream<T>> start) {
    follow(io, engine, io.out(), io.stdoutIsTerminal(), start);
  }

  /** The same, showing progress on the given writer (run shows a pull's progress on stderr, like the CLI). */
  static <T extends ResponseItem> void follow(
      DockerIo io, DockerJavaGateway engine, java.io.PrintWriter out, boolean terminal, Consumer<EngineStream<T>> start) {
    EngineStream<T> stream = new EngineStream<>(new LayerProgress(out, terminal));
    io.cancel().onCancel(stream);
    try {
      engine.run(
          () -> {
            start.accept(stream);
            try {
              stream.awaitCompletion();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new CancelledException();
            }
          });
    } catch (RuntimeException e) {
      io.cancel().check();
      throw e;
    }
    io.cancel().check();
    if (stream.error != null) {
      throw new EngineError(500, stream.error, null);
    }
  }

  @Override
  public void onNext(T item) {
    if (item.isErrorIndicated()) {
      if (error == null) {
        error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
            ? item.getErrorDetail().getMessage()
            : item.getError();
      }
      return;
    }
    progress.show(item);
  }
}
