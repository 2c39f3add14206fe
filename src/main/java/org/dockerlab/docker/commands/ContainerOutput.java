package org.dockerlab.docker.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dockerlab.docker.OutputSink;

/**
 * Copies a container's output (from attach, logs or exec) to the command's streams: standard output as
 * bytes to {@code stdout} (so {@code docker logs x > file} keeps them intact), standard error to {@code err}.
 */
final class ContainerOutput implements OutputSink {
  private final DockerIo io;

  ContainerOutput(DockerIo io) {
    this.io = io;
  }

  @Override
  public void stdout(byte[] bytes) throws IOException {
    io.out().flush();
    io.stdout().write(bytes);
    io.stdout().flush();
  }

  @Override
  public void stderr(byte[] bytes) {
    io.err().print(new String(bytes, StandardCharsets.UTF_8));
    io.err().flush();
  }
}
