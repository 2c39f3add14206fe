package org.dockerlab.docker.commands;

import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code docker tag}: checks the new name here (so a typo gets a reason), then asks the engine. */
@Command(name = "tag", description = "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE.")
final class TagCommand extends DockerSubcommand {
  @Parameters(index = "0", paramLabel = "SOURCE_IMAGE[:TAG]")
  String source;

  @Parameters(index = "1", paramLabel = "TARGET_IMAGE[:TAG]")
  String target;

  @Override
  public Integer call() {
    if (ImageRef.parse(target).digest() != null) {
      throw LabException.badInput("refusing to create a tag with a digest reference: " + target);
    }
    engine().tag(source, target);
    return 0;
  }
}
