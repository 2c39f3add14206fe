package org.dockerlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.ByteProgress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code dockerlab images prepare|export|import} declare alike: the spec, the parent, and through it the engine. */
abstract class ImagesSubcommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ImagesCommand images;

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  final DockerGateway engine() {
    return images.root.context().gateway();
  }

  /** The bytes moved so far, on one line of the terminal (nothing when there is none). */
  final ByteProgress progress(String label) {
    return new ByteProgress(err(), System.console() != null, label);
  }
}
