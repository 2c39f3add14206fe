package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.io.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker export}: a container's filesystem as a tar (no image layers, no history), to {@code -o FILE}
 * (whole or not at all) or to standard output, streamed in chunks.
 */
@Command(name = "export", description = "Export a container's filesystem as a tar archive.")
final class ExportCommand extends DockerSubcommand {
  private static final int CHUNK = 64 * 1024;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT")
  String output;

  @Parameters(paramLabel = "CONTAINER", description = "The container (name or ID)")
  String container;

  @Override
  public Integer call() {
    DockerIo io = io();
    if (output == null && io.stdoutIsTerminal()) {
      throw new LabException(ExitCode.FAILED, "cowardly refusing to save to a terminal. Use the -o flag or redirect");
    }
    Path target = output == null ? null : checkedTarget(io.resolve(output));
    try (InputStream tar = engine().exportContainer(container)) {
      io.cancel().onCancel(tar);
      if (target == null) {
        copy(tar, io.stdout(), "standard output");
        io.stdout().flush();
      } else {
        try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
          copy(tar, file.stream(), output);
          file.commit();
        } catch (CancelledException e) {
          io.err().println("export cancelled: no file was written to " + output);
          throw e;
        } catch (LabException e) {
          throw new LabException(e.exitCode(), e.getMessage() + "; no file was written", e);
        }
      }
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "exporting " + container + " failed: " + e.getMessage(), e);
    }
    return 0;
  }

  private void copy(InputStream in, OutputStream out, String destination) {
    byte[] buffer = new byte[CHUNK];
    while (true) {
      io().cancel().check();
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        io().cancel().check();
        throw new LabException(ExitCode.FAILED, "exporting " + container + " stopped: the engine's stream broke off (" + e.getMessage() + ")", e);
      }
      if (n < 0) {
        io().cancel().check();
        return;
      }
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new LabException(ExitCode.FAILED, "writing to " + destination + " failed: " + e.getMessage(), e);
      }
    }
  }

  private Path checkedTarget(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new LabException(ExitCode.FAILED, "invalid output path: the directory of " + output + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new LabException(ExitCode.FAILED, "invalid output path: " + output + " is a directory");
    }
    return target;
  }
}
