package org.dockerlab.docker.commands;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * How an archive is compressed, told by its first bytes (as {@code docker load} does). gzip and bzip2 are
 * unpacked here, so the tar inside can be checked as it streams; xz and zstd go to the engine as they are,
 * which unpacks them itself.
 */
enum Compression {
  NONE("tar", new byte[0]),
  GZIP("gzip", new byte[] {0x1f, (byte) 0x8b}),
  BZIP2("bzip2", new byte[] {'B', 'Z', 'h'}),
  XZ("xz", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0x00}),
  ZSTD("zstd", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

  private static final int LONGEST_MAGIC = 6;
  private static final int BUFFER = 64 * 1024;

  private final String displayName;
  private final byte[] magic;

  Compression(String displayName, byte[] magic) {
    this.displayName = displayName;
    this.magic = magic;
  }

  String displayName() {
    return displayName;
  }

  /** Looks at the first bytes without consuming them. */
  static Compression sniff(BufferedInputStream in) throws IOException {
    in.mark(LONGEST_MAGIC);
    byte[] head = in.readNBytes(LONGEST_MAGIC);
    in.reset();
    return of(head);
  }

  static Compression of(byte[] head) {
    for (Compression c : values()) {
      if (c.magic.length > 0 && head.length >= c.magic.length && Arrays.equals(head, 0, c.magic.length, c.magic, 0, c.magic.length)) {
        return c;
      }
    }
    return NONE;
  }

  /** True when the tar comes out of {@link #open} and can be watched here. */
  boolean unpackedHere() {
    return this == NONE || this == GZIP || this == BZIP2;
  }

  /** The uncompressed stream (or the same stream for the formats the engine unpacks). */
  InputStream open(InputStream in) throws IOException {
    return switch (this) {
      case GZIP -> new GZIPInputStream(in, BUFFER);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      default -> in;
    };
  }
}
