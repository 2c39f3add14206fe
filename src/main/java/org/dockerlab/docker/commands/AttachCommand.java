package org.dockerlab.docker.commands;

import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docker attach NAME}: back into a running container, as after Ctrl-P Ctrl-Q: its TTY in the
 * terminal (Ctrl-P Ctrl-Q detaches again), or its output; returns its exit code when it ends.
 */
@Command(name = "attach", description = "Attach local standard input, output, and error streams to a running container.")
final class AttachCommand extends DockerSubcommand {
  @Option(names = "--no-stdin", description = "Do not attach STDIN")
  boolean noStdin;

  @Mixin RunningContainer container;

  @Override
  public Integer call() {
    DockerGateway engine = engine();
    ContainerDetails details = engine.inspectContainer(container.name)
        .orElseThrow(() -> new EngineError(404, "No such container: " + container.name, null));
    if (!details.running()) {
      throw new LabException(ExitCode.FAILED, "You cannot attach to a stopped container, start it first");
    }
    DockerIo io = io();
    return new ContainerSession(engine, io).attach(details.id(), noStdin ? null : io.stdin(), context().terminal(), false);
  }
}
