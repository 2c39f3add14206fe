package org.dockerlab.docker.commands;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker import}: makes a one-layer image of a filesystem tar (as {@code docker export} writes it),
 * from a file or {@code -} (stdin), and prints its ID as the CLI does.
 */
@Command(name = "import", description = "Import the contents from a tarball to create a filesystem image.")
final class ImportCommand extends DockerSubcommand {
  @Option(names = {"-c", "--change"}, paramLabel = "INSTRUCTION", description = "Apply Dockerfile instruction to the created image")
  List<String> changes = new ArrayList<>();

  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Set commit message for imported image")
  String message;

  @Parameters(index = "0", paramLabel = "file|-", description = "The tar file, or - for standard input")
  String source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "REPOSITORY[:TAG]", description = "The new image's name")
  String name;

  @Override
  public Integer call() throws IOException {
    ImageRef ref = name == null ? null : ImageRef.parse(name);
    if (ref != null && ref.digest() != null) {
      throw LabException.badInput("refusing to create a tag with a digest reference");
    }
    if (source.contains("://")) {
      throw LabException.badInput("the lab imports files and standard input only, not URLs (" + source + ")");
    }
    DockerIo io = io();
    String shown = source.equals("-") ? NamedInput.nameOf(io.stdin(), "standard input") : source;
    try (InputStream raw = source.equals("-") ? io.stdin() : open(io.resolve(source));
        BufferedInputStream tar = new BufferedInputStream(raw, 64 * 1024)) {
      TarCheck.require(tar, shown);
      io.cancel().onCancel(tar);
      String id =
          engine().importImage(
              tar, ref == null ? null : ref.repository(), ref == null ? null : ref.tagOrLatest(), changes, message);
      io.out().println(id);
      io.out().flush();
    }
    return 0;
  }

  private InputStream open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new LabException(ExitCode.FAILED, "open " + source + ": no such file (give a tar file, or - to read standard input)");
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "open " + source + ": " + e.getMessage(), e);
    }
  }
}
