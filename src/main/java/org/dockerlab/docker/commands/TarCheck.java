package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * A look at the start of what should be a tar (plain, gzip, bzip2 or xz) before it goes to the engine,
 * which otherwise answers garbage with an error about layers the learner never heard of.
 */
final class TarCheck {
  private static final int BLOCK = 512;

  private TarCheck() {}

  /** Fails with one line naming the input when it is empty or not a tar; the stream must support mark. */
  static void require(InputStream in, String name) throws IOException {
    in.mark(BLOCK);
    byte[] head = in.readNBytes(BLOCK);
    in.reset();
    if (head.length == 0) {
      throw new LabException(ExitCode.FAILED, name + " is empty: a tar archive is needed (docker export CONTAINER -o FILE makes one)");
    }
    if (compressed(head) || tarHeader(head)) {
      return;
    }
    throw new LabException(ExitCode.FAILED, name + " is not a tar archive (docker export CONTAINER -o FILE makes one)");
  }

  private static boolean compressed(byte[] h) {
    boolean gzip = h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b;
    boolean bzip2 = h.length >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h';
    boolean xz = h.length >= 6 && (h[0] & 0xff) == 0xfd && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z' && h[5] == 0;
    return gzip || bzip2 || xz;
  }

  // a tar header's checksum: the sum of its bytes with the checksum field counted as spaces
  private static boolean tarHeader(byte[] h) {
    if (h.length < BLOCK) {
      return false;
    }
    String field = new String(h, 148, 8, StandardCharsets.US_ASCII).replace("\0", " ").trim();
    if (!field.matches("[0-7]+")) {
      return false;
    }
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    return sum == Long.parseLong(field, 8);
  }
}
