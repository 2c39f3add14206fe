package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker load}: streams a tar archive (plain, gzip or bzip2; xz and zstd passed to the engine) from
 * {@code -i FILE} or stdin to the engine and prints what it loaded, in the engine's words
 * ({@code Loaded image: busybox:latest}). A file that is no image archive fails with one line naming it.
 */
@Command(name = "load", description = "Load an image from a tar archive or STDIN.")
final class LoadCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Read from tar archive file, instead of STDIN")
  String input;

  @Option(names = {"-q", "--quiet"}, description = "Suppress the load output")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    DockerIo io = docker.io();
    String name = input == null ? "stdin" : input;
    InputStream raw = input == null ? new Unclosed(io.stdin()) : openFile(io.resolve(input));
    try (ByteProgress progress = new ByteProgress(io.err(), io.errIsTerminal() && !quiet, "Loading " + name);
        ArchiveInput archive = open(raw, name, io.cancel(), progress)) {
      io.cancel().onCancel(archive);
      Request request =
          Request.builder()
              .method(Request.Method.POST)
              .path("/images/load?quiet=1")
              .putHeader("Content-Type", "application/x-tar")
              .body(archive.stream())
              .build();
      try (Response response = send(request, archive)) {
        io.cancel().onCancel(response);
        progress.close();
        printMessages(response, archive);
      }
    }
    return 0;
  }

  private ArchiveInput open(InputStream raw, String name, CancelToken cancel, ByteProgress progress) throws IOException {
    ArchiveInput archive;
    try {
      archive = ArchiveInput.open(raw, name, cancel, progress);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
    if (archive == null) {
      raw.close();
      throw new LabException(
          ExitCode.FAILED, input == null ? "requested load from stdin, but stdin is empty" : input + " is empty: it holds no image archive");
    }
    return archive;
  }

  private Response send(Request request, ArchiveInput archive) {
    try {
      return new EngineHttp(docker.context().engine()).send(request);
    } catch (EngineError e) {
      throw archive.failure(e.getMessage());
    } catch (RuntimeException e) {
      docker.io().cancel().check();
      if (archive.readFailed()) {
        throw archive.failure(null); // our side broke the upload: say what is wrong with the file
      }
      throw e;
    }
  }

  /** Prints the engine's {@code stream} lines as they come; an {@code error} line fails the load. */
  private void printMessages(Response response, ArchiveInput archive) throws IOException {
    String error = null;
    try (MappingIterator<JsonNode> messages = EngineHttp.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (messages.hasNextValue()) {
        JsonNode m = messages.nextValue();
        if (m.hasNonNull("error")) {
          error = m.get("error").asText().strip();
        } else if (m.hasNonNull("stream")) {
          docker.io().out().println(m.get("stream").asText().stripTrailing());
          docker.io().out().flush();
        }
      }
    }
    if (error != null) {
      throw archive.failure(error);
    }
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
