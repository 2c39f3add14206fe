package org.dockerlab.docker;

import java.io.IOException;

/** Where a container's output goes (attach, logs, exec), one chunk at a time as the engine sends it. */
public interface OutputSink {
  /**
   * A chunk of its standard output (all of its output when it has a terminal).
   *
   * @throws IOException when the reader went away; the stream then stops, without an error
   */
  void stdout(byte[] bytes) throws IOException;

  /** A chunk of its standard error. */
  void stderr(byte[] bytes) throws IOException;
}
