package org.dockerlab.docker.commands;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.ByteProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docker load}: streams a tar archive (plain, gzip or bzip2; xz and zstd passed to the engine) from
 * {@code -i FILE} or stdin to the engine and prints what it loaded, in the engine's words
 * ({@code Loaded image: busybox:latest}). A file that is no image archive fails with one line naming it.
 */
@Command(name = "load", description = "Load an image from a tar archive or STDIN.")
final class LoadCommand extends DockerSubcommand {
  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Read from tar archive file, instead of STDIN")
  String input;

  @Option(names = {"-q", "--quiet"}, description = "Suppress the load output")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    DockerIo io = io();
    String name = input == null ? NamedInput.nameOf(io.stdin(), "stdin") : input;
    InputStream raw = input == null ? new Unclosed(io.stdin()) : openFile(io.resolve(input));
    try (ByteProgress progress = new ByteProgress(io.err(), io.errIsTerminal() && !quiet, "Loading " + name);
        ArchiveInput archive = ArchiveInput.require(raw, name, emptyMessage(), io.cancel(), progress)) {
      io.cancel().onCancel(archive);
      load(archive, progress);
    }
    return 0;
  }

  private String emptyMessage() {
    return input == null ? "requested load from stdin, but stdin is empty" : input + " is empty: it holds no image archive";
  }

  /** Streams the archive to the engine, printing its messages as they come. */
  private void load(ArchiveInput archive, ByteProgress progress) {
    DockerIo io = io();
    archive.loadInto(engine(), line -> {
      progress.close();
      io.out().println(line);
      io.out().flush();
    }, io.cancel());
  }

  private static InputStream openFile(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new LabException(ExitCode.FAILED, "open " + file + ": no such file or directory");
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "open " + file + ": " + e.getMessage(), e);
    }
  }

  /** stdin belongs to the shell: reading it to the end is ours, closing it is not. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // left open for the shell, which owns it
    }
  }
}
