package org.dockerlab.docker.commands;

import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerGateway;
import picocli.CommandLine.ParentCommand;

/**
 * What every {@code docker} subcommand declares: its place under {@link DockerCommand} (directly, or in a
 * {@link DockerGroup} such as {@code volume}), and through it the engine and the streams of the line it runs on.
 * Its own options stay on the subcommand (or in a {@code @Mixin}), so picocli's model, and with it help and
 * completion, still shows every one of them.
 */
abstract class DockerSubcommand implements Callable<Integer> {
  @ParentCommand DockerParent parent;

  /** The {@code docker} command of this line. */
  final DockerCommand docker() {
    return parent.docker();
  }

  /** The engine, through the gateway. */
  final DockerGateway engine() {
    return docker().context().engine();
  }

  /** The streams, working directory and Ctrl-C of this line. */
  final DockerIo io() {
    return docker().io();
  }

  /** What subcommands share across lines: config.json's directory, the prompter, the terminal. */
  final DockerContext context() {
    return docker().context();
  }
}
