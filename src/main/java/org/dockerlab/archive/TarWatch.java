package org.dockerlab.archive;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.utils.ArchiveUtils;

/**
 * Reads the tar headers of an archive as it streams past on its way to the engine, without holding it, so
 * that when the engine fails the lab can say why in terms of the file: no manifest.json, cut short, damaged.
 */
final class TarWatch extends ObservedStream {
  static final int BLOCK = 512;

  private final byte[] header = new byte[BLOCK];
  private int headerFill;
  private long dataLeft;
  private boolean sawManifest;
  private boolean sawEnd;
  private boolean badHeader;
  private boolean eof;
  private IOException readFailure;

  TarWatch(InputStream in) {
    super(in);
  }

  /** True for a block that starts a tar archive: a header with a good checksum, or the end-of-archive zeros. */
  static boolean isTarHeader(byte[] block) {
    return block.length == BLOCK && (allZero(block) || checksumOk(block));
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      if (readFailure == null) {
        readFailure = e;
      }
      throw e;
    }
    if (n < 0) {
      eof = true;
    } else {
      observe(b, off, n);
    }
    return n;
  }

  private void observe(byte[] b, int off, int len) {
    while (len > 0 && !sawEnd && !badHeader) {
      if (dataLeft > 0) {
        int skip = (int) Math.min(dataLeft, len);
        dataLeft -= skip;
        off += skip;
        len -= skip;
        continue;
      }
      int take = Math.min(BLOCK - headerFill, len);
      System.arraycopy(b, off, header, headerFill, take);
      headerFill += take;
      off += take;
      len -= take;
      if (headerFill == BLOCK) {
        headerFill = 0;
        onHeader();
      }
    }
  }

  private void onHeader() {
    if (allZero(header)) {
      sawEnd = true;
      return;
    }
    if (!checksumOk(header)) {
      badHeader = true;
      return;
    }
    String name = ArchiveUtils.toAsciiString(header, 0, 100).replace("\0", "");
    String plain = name.startsWith("./") ? name.substring(2) : name;
    if (plain.equals("manifest.json") || plain.equals("index.json")) {
      sawManifest = true; // the legacy layout's manifest, or the OCI layout's index: the engine loads either
    }
    long size;
    try {
      size = TarUtils.parseOctalOrBinary(header, 124, 12);
    } catch (IllegalArgumentException e) {
      badHeader = true;
      return;
    }
    dataLeft = (size + BLOCK - 1) / BLOCK * BLOCK;
  }

  private static boolean checksumOk(byte[] block) {
    try {
      return TarUtils.verifyCheckSum(block);
    } catch (IllegalArgumentException unreadableChecksumField) {
      return false;
    }
  }

  private static boolean allZero(byte[] block) {
    for (byte x : block) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  /** True when the tar held a manifest.json or an index.json. */
  boolean sawManifest() {
    return sawManifest;
  }

  /** The stream ended before the tar's end marker: the file was cut short. */
  boolean truncated() {
    return eof && !sawEnd && !badHeader;
  }

  boolean badHeader() {
    return badHeader;
  }

  /** What went wrong reading the file or unpacking it, if anything. */
  IOException readFailure() {
    return readFailure;
  }
}
