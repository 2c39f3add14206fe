package org.dockerlab.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One entry of a stand-in image's layer, at {@code path} in the image: a file from the host, from the lab's
 * resources or written out, a directory, or a hard link to another entry.
 *
 * @param mode the permission bits (with the sticky bit for /tmp)
 */
public record ContextFile(String path, Path hostPath, String resource, String text, String linkTo, boolean directory, int mode) {
  public ContextFile {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path in the image is absolute: " + path);
    }
  }

  public static ContextFile fromHost(String path, Path hostPath) {
    return new ContextFile(path, hostPath, null, null, null, false, 0755);
  }

  public static ContextFile fromResource(String path, String resource, boolean executable) {
    return new ContextFile(path, null, resource, null, null, false, executable ? 0755 : 0644);
  }

  public static ContextFile text(String path, String content) {
    return new ContextFile(path, null, null, content, null, false, 0644);
  }

  public static ContextFile directory(String path, int mode) {
    return new ContextFile(path, null, null, null, null, true, mode);
  }

  /** A hard link to {@code target}, as {@code busybox --install} makes. */
  public static ContextFile hardLink(String path, String target) {
    return new ContextFile(path, null, null, null, target, false, 0755);
  }

  boolean executable() {
    return (mode & 0100) != 0;
  }

  /** The path inside a layer tar: no leading slash, directories end in one. */
  String entryName() {
    return path.substring(1) + (directory ? "/" : "");
  }

  long size() throws IOException {
    if (hostPath != null) {
      return Files.size(hostPath);
    }
    if (directory || linkTo != null) {
      return 0;
    }
    try (InputStream in = open()) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  InputStream open() throws IOException {
    if (hostPath != null) {
      return Files.newInputStream(hostPath);
    }
    if (text != null) {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
    InputStream in = ContextFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + resource));
    }
    return in;
  }
}
