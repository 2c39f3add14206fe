package org.dockerlab.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * How a docker archive is compressed, told by its first bytes as {@code docker load} tells it: the four
 * formats the engine accepts. gzip and bzip2 are unpacked here; xz and zstd are recognised but not
 * unpacked, because commons-compress needs libraries for them (org.tukaani:xz, zstd-jni) that the lab
 * does not ship: {@code docker load} passes them to the engine as they are, and the checks say they
 * cannot look inside.
 */
public enum Compression {
  NONE,
  GZIP,
  BZIP2,
  XZ,
  ZSTD;

  /** commons-compress's names for the formats docker knows; anything else it detects is no docker compression. */
  private static final Map<String, Compression> DETECTED =
      Map.of(
          CompressorStreamFactory.GZIP, GZIP,
          CompressorStreamFactory.BZIP2, BZIP2,
          CompressorStreamFactory.XZ, XZ,
          CompressorStreamFactory.ZSTANDARD, ZSTD);

  /**
   * Looks at the first bytes without consuming them.
   *
   * @param in a stream that supports {@link InputStream#mark}, e.g. a {@code BufferedInputStream}
   */
  public static Compression detect(InputStream in) throws IOException {
    try {
      return DETECTED.getOrDefault(CompressorStreamFactory.detect(in), NONE);
    } catch (CompressorException e) {
      if (e.getCause() instanceof IOException readFailed) {
        throw readFailed;
      }
      return NONE; // no known signature: plain tar, or no archive at all (the tar reading tells which)
    }
  }

  /** As people write it: {@code gzip}, {@code bzip2}, {@code xz}, {@code zstd}, {@code none}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the lab can unpack it here and so read the tar inside. */
  public boolean readableHere() {
    return this == NONE || this == GZIP || this == BZIP2;
  }

  /**
   * The uncompressed stream; concatenated gzip members (as {@code cat a.gz b.gz} makes) are read as one.
   *
   * @throws IllegalStateException for xz and zstd, which are not {@link #readableHere}
   */
  public InputStream decompress(InputStream in) throws IOException {
    return switch (this) {
      case NONE -> in;
      case GZIP -> new GzipCompressorInputStream(in, true);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      case XZ, ZSTD -> throw new IllegalStateException(word() + " archives are passed on as they are, not unpacked here");
    };
  }
}
