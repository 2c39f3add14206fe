package org.dockerlab.docker.commands;

import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelledException;
import org.dockerlab.io.RawTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docker run}: pulls the image when it is missing, creates the container (labelled as the shell's),
 * starts it, and either prints its ID ({@code -d}) or streams its output until it exits. Ctrl-C then
 * detaches and leaves the container running, as the CLI does; with {@code --rm} it is killed instead (the
 * engine then removes it). With {@code -it} the container's TTY takes over the terminal ({@link
 * TerminalSession}). The container's exit code is the command's.
 */
@Command(name = "run", description = "Create and run a new container from an image.")
final class RunCommand extends NewContainerCommand {
  @Option(names = {"-d", "--detach"}, description = "Run container in background and print container ID")
  boolean detach;

  @Override
  boolean detached() {
    return detach;
  }

  @Override
  public Integer call() {
    validate();
    RawTerminal terminal = detach ? null : process.terminal(context());
    DockerGateway engine = engine();
    String id = create(engine);
    if (terminal != null) {
      return new ContainerSession(engine, io()).run(id, terminal, remove);
    }
    if (detach) {
      engine.startContainer(id);
      io().out().println(id);
      io().out().flush();
      return 0;
    }
    int code;
    try (TypedInput.Lease input = TypedInput.lease(context(), io(), process.interactive)) {
      code = engine.runAttached(id, input.stream(), new ContainerOutput(io()), remove, io().cancel());
    } catch (CancelledException e) {
      if (remove) {
        killQuietly(engine, id);
      }
      throw e;
    }
    return code;
  }

  private static void killQuietly(DockerGateway engine, String id) {
    try {
      engine.killContainer(id);
    } catch (LabException e) {
      // it may have exited (and been removed) in the meantime: that is what the person wanted
    }
  }
}
