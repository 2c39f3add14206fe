package org.dockerlab.progress;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Jackson closes what it writes to; the atomic file must stay open until it is committed. */
final class NonClosing extends FilterOutputStream {
  NonClosing(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
