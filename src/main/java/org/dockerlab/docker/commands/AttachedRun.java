package org.dockerlab.docker.commands;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.AttachContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.WaitContainerCondition;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.errors.LabException;

/**
 * {@code docker run} without {@code -d}: attaches before starting (so no output is lost), waits for the
 * container to exit and returns its exit code. Ctrl-C detaches and leaves the container running, as the CLI
 * does; with {@code --rm} the container is killed instead (the engine then removes it).
 */
final class AttachedRun {
  private static final long START_TIMEOUT_SECONDS = 30;
  private final DockerJavaGateway engine;
  private final DockerIo io;
  private final String id;
  private final boolean autoRemove;

  AttachedRun(DockerJavaGateway engine, DockerIo io, String id, boolean autoRemove) {
    this.engine = engine;
    this.io = io;
    this.id = id;
    this.autoRemove = autoRemove;
  }

  /** Runs the created container to its end and returns its exit code. */
  int run(boolean interactive, boolean tty) {
    DockerClient client = engine.client();
    ContainerOutput output = new ContainerOutput(io);
    AttachContainerCmd attach = client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true);
    engine.run(() -> attach.exec(output));
    if (interactive) {
      StdinFeeder.attach(engine.host(), id, io.stdin());
    }
    // registered before the start, so that a container the engine removes at once still reports its code;
    // with --rm it returns once the container is gone, as the CLI does, so the next `docker ps -a` agrees
    WaitContainerCondition until = autoRemove ? WaitContainerCondition.REMOVED : WaitContainerCondition.NEXT_EXIT;
    WaitContainerResultCallback exit =
        engine.call(() -> client.waitContainerCmd(id).withCondition(until).exec(new WaitContainerResultCallback()));
    try {
      awaitStarted(output);
      awaitStarted(exit);
      engine.run(() -> client.startContainerCmd(id).exec());
    } catch (LabException | CancelledException e) {
      closeQuietly(output);
      closeQuietly(exit);
      throw e;
    }
    try {
      output.follow(engine);
    } catch (CancelledException e) {
      closeQuietly(exit);
      if (autoRemove) {
        killQuietly();
      }
      throw e;
    }
    return engine.call(exit::awaitStatusCode);
  }

  private void awaitStarted(com.github.dockerjava.api.async.ResultCallbackTemplate<?, ?> callback) {
    io.cancel().onCancel(callback);
    engine.run(
        () -> {
          try {
            callback.awaitStarted(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
          }
        });
    io.cancel().check();
  }

  private void killQuietly() {
    try {
      engine.run(() -> engine.client().killContainerCmd(id).exec());
    } catch (LabException e) {
      // it may have exited (and been removed) in the meantime: that is what the person wanted
    }
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // tearing down after a failure that is reported already
    }
  }
}
