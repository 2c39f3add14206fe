package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;

/**
 * {@code docker create}: the container {@code docker run} would start, created and not started (labelled as
 * the shell's); prints its ID. {@code docker start} starts it later ({@code start -ai} with {@code -it}).
 */
@Command(name = "create", description = "Create a new container.")
final class CreateCommand extends NewContainerCommand {
  @Override
  boolean detached() {
    return false; // as the CLI creates it: its output attached when it is started with -a
  }

  @Override
  public Integer call() {
    validate();
    String id = create(engine());
    io().out().println(id);
    io().out().flush();
    return 0;
  }
}
