package org.dockerlab.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file placed in a build context: from the host, or from the lab's own resources. */
public record ContextFile(String name, Path hostPath, String resource, boolean executable) {

  public static ContextFile fromHost(String name, Path hostPath) {
    return new ContextFile(name, hostPath, null, true);
  }

  public static ContextFile fromResource(String name, String resource, boolean executable) {
    return new ContextFile(name, null, resource, executable);
  }

  long size() throws IOException {
    if (hostPath != null) {
      return Files.size(hostPath);
    }
    try (InputStream in = open()) {
      return in.transferTo(OutputStreamSink.INSTANCE);
    }
  }

  InputStream open() throws IOException {
    if (hostPath != null) {
      return Files.newInputStream(hostPath);
    }
    InputStream in = ContextFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + resource));
    }
    return in;
  }

  /** Counts bytes and throws them away. */
  private static final class OutputStreamSink extends OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
