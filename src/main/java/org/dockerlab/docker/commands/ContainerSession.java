package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ExitWatch;
import org.dockerlab.docker.ProcessStreams;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.RawTerminal;

/**
 * A container's TTY session in the terminal ({@code run -it}, {@code start -ai}, {@code attach}): attached
 * before it starts, so no output is lost; its exit code returned, or 0 when the person detached. A container
 * that is to be removed (--rm) is killed when the lab shell itself is closed during the session (its window
 * closed, SIGHUP), so it does not run on with no one to type into it.
 */
final class ContainerSession {
  private final DockerGateway engine;
  private final DockerIo io;

  ContainerSession(DockerGateway engine, DockerIo io) {
    this.engine = engine;
    this.io = io;
  }

  /** Starts the created (or stopped) container and holds the session until it exits or the person detaches. */
  int run(String id, RawTerminal terminal, boolean autoRemove) {
    ProcessStreams streams = engine.attach(id, true);
    ExitWatch exit;
    try {
      exit = engine.watchExit(id, autoRemove);
    } catch (LabException e) {
      streams.close();
      throw e;
    }
    Thread killOnClose = autoRemove ? new Thread(() -> killQuietly(id), "dockerlab-rm-on-close") : null;
    try (exit) {
      try {
        engine.startContainer(id);
      } catch (LabException e) {
        streams.close();
        if (autoRemove) {
          removeQuietly(id);
        }
        throw e;
      }
      if (killOnClose != null) {
        Runtime.getRuntime().addShutdownHook(killOnClose);
      }
      return hold(id, streams, terminal, exit);
    } finally {
      if (killOnClose != null) {
        removeHook(killOnClose);
      }
    }
  }

  /**
   * Attaches to a container ({@code docker attach}, and {@code docker start -a} with {@code start}): with a
   * TTY in the terminal, which it then requires when input is sent; without one, its output to the
   * command's streams and {@code stdin}, when given, to its input (closed at the end).
   *
   * @param stdin what to send, or null for nothing (--no-stdin, or no -i)
   */
  int attach(String id, InputStream stdin, RawTerminal terminal, boolean start) {
    ProcessStreams streams = engine.attach(id, stdin != null);
    try (ExitWatch exit = engine.watchExit(id, false)) {
      if (streams.tty() && stdin != null && terminal == null) {
        throw TerminalSession.notATty();
      }
      if (start) {
        engine.startContainer(id);
      }
      if (streams.tty() && stdin != null) {
        return hold(id, streams, terminal, exit);
      }
      io.cancel().onCancel(streams);
      // from the terminal (no TTY in the container), the lines typed, until Ctrl-D
      try (TypedInput.Lease input = new TypedInput.Lease(stdin, stdin != null && terminal != null ? TypedInput.of(terminal) : null, io)) {
        if (stdin != null) {
          feed(input.stream(), streams);
        }
        streams.copyOutput(new ContainerOutput(io));
      } catch (IOException e) {
        return 0; // the reader of the output went away (a closed pipe): end quietly, as the CLI does
      }
      io.cancel().check();
      return exit.exitCode();
    } finally {
      streams.close();
    }
  }

  private static void feed(InputStream stdin, ProcessStreams streams) {
    Thread feeder = new Thread(() -> {
      try {
        stdin.transferTo(streams.stdin());
      } catch (IOException e) {
        // the container ended first: the rest of the input has no reader
      }
      streams.closeStdin();
    }, "dockerlab-attach-stdin");
    feeder.setDaemon(true);
    feeder.start();
  }

  private int hold(String id, ProcessStreams streams, RawTerminal terminal, ExitWatch exit) {
    TerminalSession.End end = TerminalSession.run(terminal, streams, true, (columns, rows) -> engine.resize(id, columns, rows));
    if (end == TerminalSession.End.DETACHED) {
      io.err().println();
      io.err().flush();
      return 0;
    }
    return exit.exitCode();
  }

  private void killQuietly(String id) {
    try {
      engine.killContainer(id);
    } catch (LabException e) {
      // it exited (and was removed) in the meantime
    }
  }

  private void removeQuietly(String id) {
    try {
      engine.removeContainer(id, true);
    } catch (LabException e) {
      // the engine removed it already (auto-remove)
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs now: it is what removes the container
    }
  }
}
