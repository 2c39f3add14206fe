package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code docker export}: a container's filesystem as a tar (no image layers, no history), to {@code -o FILE}
 * (whole or not at all) or to standard output, streamed in chunks.
 */
@Command(name = "export", description = "Export a container's filesystem as a tar archive.")
final class ExportCommand extends DockerSubcommand {
  @Mixin TarOutput output;

  @Parameters(paramLabel = "CONTAINER", description = "The container (name or ID)")
  String container;

  @Override
  public Integer call() {
    DockerIo io = io();
    Path target = output.target(io);
    try (InputStream tar = engine().exportContainer(container)) {
      output.write(io, target, tar, null, "export", "exporting " + container);
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "exporting " + container + " failed: " + e.getMessage(), e);
    }
    return 0;
  }
}
