package org.dockerlab.docker;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A live two-way connection to a container's process ({@code docker attach}, {@code docker exec -i}): its
 * input to write to, its output to copy until it ends. With a TTY the output is the terminal's raw bytes;
 * without, standard output and error apart. Closing it ends both (a detach).
 */
public interface ProcessStreams extends Closeable {
  /** Whether the process has a terminal (its output is then one raw stream). */
  boolean tty();

  /** The process's standard input. */
  OutputStream stdin();

  /** Ends the process's input: it reads end-of-file (Ctrl-D at the end of {@code exec -i}). */
  void closeStdin();

  /**
   * Copies the output to the sink until the process (or a {@link #close}) ends it.
   *
   * @throws IOException when the sink's reader went away
   */
  void copyOutput(OutputSink sink) throws IOException;

  @Override
  void close();
}
