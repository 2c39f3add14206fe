package org.dockerlab.docker.commands;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code docker} command that groups others ({@code docker volume}, {@code docker system}): alone it shows its
 * usage, as the CLI does; its subcommands are {@link DockerSubcommand}s like those directly under {@code docker}.
 */
abstract class DockerGroup implements Runnable, DockerParent {
  @ParentCommand DockerCommand docker;
  @Spec CommandSpec spec;

  @Override
  public final DockerCommand docker() {
    return docker;
  }

  @Override
  public final void run() {
    spec.commandLine().usage(docker.io().out());
  }
}
