package org.dockerlab.cli;

import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.ByteProgress;
import picocli.CommandLine.ParentCommand;

/** What {@code dockerlab images prepare|export|import} declare alike: the parent, and through it the engine. */
abstract class ImagesSubcommand extends CliCommand {
  @ParentCommand ImagesCommand images;

  final DockerGateway engine() {
    return images.lab().gateway();
  }

  /** The bytes moved so far, on one line of the terminal (nothing when there is none). */
  final ByteProgress progress(String label) {
    return new ByteProgress(err(), System.console() != null, label);
  }
}
