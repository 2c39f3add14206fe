package org.dockerlab.cli;

import picocli.CommandLine.ParentCommand;

/**
 * What the subcommands of {@code dockerlab} declare alike (as {@code docker}'s do in {@code DockerSubcommand}): the
 * root command, and through it the lab's state for this run.
 */
abstract class LabSubcommand extends CliCommand {
  @ParentCommand DockerlabCommand root;

  /** The lab's state for this run: its home, working directory, docker config and engine. */
  final LabContext lab() {
    return root.context();
  }
}
