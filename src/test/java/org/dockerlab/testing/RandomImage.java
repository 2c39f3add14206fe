package org.dockerlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.docker.DockerGateway;

/** Builds a test image on busybox with a layer of random bytes, big enough that saving or pushing it takes seconds. */
public final class RandomImage {
  private RandomImage() {}

  /** Builds {@code tag} with {@code megabytes} MB of random data; {@code dir} holds the build context. */
  public static void build(DockerGateway engine, String tag, int megabytes, Path dir) throws IOException {
    String dockerfile = "FROM busybox:latest\nRUN head -c " + megabytes * 1_000_000L + " /dev/urandom > /big\n";
    Path context = Files.createTempFile(dir, "dlt-ctx", ".tar");
    try (var out = Files.newOutputStream(context);
        var tar = new TarArchiveOutputStream(out)) {
      byte[] bytes = dockerfile.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
      entry.setSize(bytes.length);
      tar.putArchiveEntry(entry);
      tar.write(bytes);
      tar.closeArchiveEntry();
    }
    try (var in = Files.newInputStream(context)) {
      engine.build(in, tag, Map.of("org.dockerlab.test", "true"));
    } finally {
      Files.deleteIfExists(context);
    }
  }
}
