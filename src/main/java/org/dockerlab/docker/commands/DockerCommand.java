package org.dockerlab.docker.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code docker}, as typed in the lab shell: the subcommands the lessons use, run natively on the
 * Engine API. Subcommands reach the engine and the streams through {@link #context()} and {@link #io()}.
 */
@Command(
    name = "docker",
    description = "Run docker commands against the engine (natively, no docker CLI needed).",
    mixinStandardHelpOptions = false,
    subcommands = {
      DockerVersionCommand.class,
      InfoCommand.class,
      ImageListCommand.class,
      PsCommand.class,
      SaveCommand.class,
      LoadCommand.class,
      TagCommand.class,
      RmiCommand.class,
      PullCommand.class,
      PushCommand.class,
      LoginCommand.class,
      LogoutCommand.class,
      RunCommand.class,
      CreateCommand.class,
      StartCommand.class,
      StopCommand.class,
      RestartCommand.class,
      RmCommand.class,
      LogsCommand.class,
      ExecCommand.class,
      AttachCommand.class,
      InspectCommand.class,
      HistoryCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ImagePruneCommand.class,
      ContainerPruneCommand.class,
      SystemCommand.class,
      VolumeCommand.class,
      BuildCommand.class
    },
    usageHelpAutoWidth = true)
public final class DockerCommand implements Runnable, DockerParent {
  @Spec CommandSpec spec;

  private final DockerContext context;
  private final DockerIo io;

  public DockerCommand(DockerContext context, DockerIo io) {
    this.context = context;
    this.io = io;
  }

  public DockerContext context() {
    return context;
  }

  public DockerIo io() {
    return io;
  }

  /** Itself: its subcommands' parent. */
  @Override
  public DockerCommand docker() {
    return this;
  }

  @Override
  public void run() {
    spec.commandLine().usage(io.out());
  }
}
