package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.List;
import org.dockerlab.docker.ImageRemoval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker rmi} (also {@code docker image rm}): prints the engine's Untagged/Deleted report for each
 * image, goes on past an image that fails, and fails at the end with one line per failure.
 */
@Command(name = "rmi", description = "Remove one or more images.")
final class RmiCommand extends DockerSubcommand {
  @Option(names = {"-f", "--force"}, description = "Force removal of the image")
  boolean force;

  @Option(names = "--no-prune", description = "Do not delete untagged parents")
  boolean noPrune;

  @Parameters(arity = "1..*", paramLabel = "IMAGE")
  List<String> images;

  @Override
  public Integer call() {
    PrintWriter out = io().out();
    return EachName.each(io(), images, image -> {
      for (ImageRemoval r : engine().removeImage(image, force, noPrune)) {
        out.println((r.kind() == ImageRemoval.Kind.UNTAGGED ? "Untagged: " : "Deleted: ") + r.reference());
      }
      out.flush();
    });
  }
}
