package org.dockerlab.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A filter whose one-byte read goes through the chunk read, so that a subclass sees every byte in one place. */
abstract class ObservedStream extends FilterInputStream {
  ObservedStream(InputStream in) {
    super(in);
  }

  @Override
  public final int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public abstract int read(byte[] b, int off, int len) throws IOException;
}
