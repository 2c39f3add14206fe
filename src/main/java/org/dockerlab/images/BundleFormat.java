package org.dockerlab.images;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** How a classroom bundle is written, told by its file name: a plain {@code .tar} stays uncompressed. */
public enum BundleFormat {
  GZIP("gzip-compressed"),
  TAR("uncompressed tar");

  private static final int BUFFER = 64 * 1024;

  private final String words;

  BundleFormat(String words) {
    this.words = words;
  }

  /** gzip unless the name ends in {@code .tar}: a bundle is copied around classrooms, smaller is better. */
  public static BundleFormat forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tar") ? TAR : GZIP;
  }

  public String words() {
    return words;
  }

  /** The stream the docker archive is written to; {@link #finish} completes it without closing the file. */
  OutputStream wrap(OutputStream file) throws IOException {
    return this == GZIP ? new GZIPOutputStream(file, BUFFER) : file;
  }

  void finish(OutputStream wrapped) throws IOException {
    if (wrapped instanceof GZIPOutputStream gzip) {
      gzip.finish();
    }
    wrapped.flush();
  }
}
