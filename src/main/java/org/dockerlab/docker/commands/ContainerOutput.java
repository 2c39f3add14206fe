package org.dockerlab.docker.commands;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dockerlab.docker.DockerJavaGateway;

/**
 * Copies a container's output frames (from attach, logs or exec) to the command's streams: standard output
 * as bytes to {@code stdout} (so {@code docker logs x > file} keeps them intact), standard error to {@code err}.
 */
final class ContainerOutput extends ResultCallback.Adapter<Frame> {
  private final DockerIo io;

  ContainerOutput(DockerIo io) {
    this.io = io;
  }

  @Override
  public void onNext(Frame frame) {
    byte[] payload = frame.getPayload();
    if (payload == null || payload.length == 0) {
      return;
    }
    if (frame.getStreamType() == StreamType.STDERR) {
      io.err().print(new String(payload, StandardCharsets.UTF_8));
      io.err().flush();
      return;
    }
    try {
      io.out().flush();
      io.stdout().write(payload);
      io.stdout().flush();
    } catch (IOException e) {
      // the reader went away (a closed pipe): stop streaming, as the CLI does, without an error of our own
      closeQuietly();
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // already torn down
    }
  }

  /**
   * Streams until the engine ends the stream; Ctrl-C closes it and throws {@link CancelledException}.
   */
  void follow(DockerJavaGateway engine) {
    io.cancel().onCancel(this);
    engine.run(
        () -> {
          try {
            awaitCompletion();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
          }
        });
    io.cancel().check();
  }
}
