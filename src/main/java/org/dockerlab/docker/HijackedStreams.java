package org.dockerlab.docker;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** {@link ProcessStreams} on a hijacked connection: raw bytes with a TTY, else the engine's frames, separated here. */
record HijackedStreams(Hijack connection, boolean tty) implements ProcessStreams {
  @Override
  public OutputStream stdin() {
    return connection.output();
  }

  @Override
  public void closeStdin() {
    connection.shutdownOutput();
  }

  @Override
  public void copyOutput(OutputSink sink) throws IOException {
    InputStream in = connection.input();
    if (tty) {
      byte[] buffer = new byte[8192];
      for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
        if (n > 0) {
          sink.stdout(Arrays.copyOf(buffer, n));
        }
      }
      return;
    }
    // the engine's frames: stream type, three zero bytes, the payload's size (big-endian), the payload
    DataInputStream frames = new DataInputStream(in);
    byte[] header = new byte[8];
    while (true) {
      byte[] payload;
      try {
        frames.readFully(header);
        int size = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        payload = new byte[size];
        frames.readFully(payload);
      } catch (IOException e) {
        return; // the end, or the connection was closed (a detach, the session ended): the output ends with it
      }
      if (header[0] == 2) {
        sink.stderr(payload);
      } else {
        sink.stdout(payload);
      }
    }
  }

  /** -1 at the end, also when the connection was closed under the read. */
  private static int read(InputStream in, byte[] buffer) {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
