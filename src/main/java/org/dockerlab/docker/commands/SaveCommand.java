package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.ByteProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code docker save}: streams the engine's archive of one or more images to {@code -o FILE} (whole or not
 * at all) or to standard output, in fixed chunks so a 1 GB image needs no more memory than a small one.
 */
@Command(name = "save", description = "Save one or more images to a tar archive (streamed to STDOUT by default).")
final class SaveCommand extends DockerSubcommand {
  @Mixin TarOutput output;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Images to save (name, name:tag or ID)")
  List<String> images;

  @Override
  public Integer call() {
    DockerIo io = io();
    Path target = output.target(io);
    String shown = String.join(", ", images);
    try (InputStream archive = engine().saveImages(images);
        ByteProgress progress = new ByteProgress(io.err(), io.errIsTerminal(), "Saving " + shown)) {
      output.write(io, target, archive, progress, "save", "saving " + shown);
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "closing the engine's stream failed: " + e.getMessage(), e);
    }
    return 0;
  }
}
