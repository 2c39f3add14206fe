package org.dockerlab.docker.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.dockerlab.io.RawTerminal;

/**
 * What a person types at the terminal, as the standard input of {@code -i} without {@code -t} ({@code docker
 * run -i busybox cat}, {@code docker exec -i registry sh}), edited as a terminal's line mode edits it: typed
 * keys are echoed, Backspace and Ctrl-U erase, Enter sends the line to the container, Ctrl-D on an empty line
 * ends the input (and sends what was typed before it otherwise), Ctrl-C interrupts; as with the docker CLI.
 * Closing it stops the reading within a tenth of a second, so that what is typed after the container ended
 * is the lab shell's again.
 */
final class TypedInput extends InputStream {
  private static final long POLL_MILLIS = 100;
  private static final int CTRL_D = 4;
  private static final int CTRL_H = 8;
  private static final int CTRL_U = 21;
  private static final int DEL = 127;

  private final RawTerminal terminal;
  private final OutputStream echo;
  private final RawTerminal.Restore mode;
  private final byte[] key = new byte[256];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private byte[] ready = new byte[0];
  private int readyAt;
  private boolean ended;
  private volatile boolean closed;
  private final ReentrantLock reading = new ReentrantLock();

  private TypedInput(RawTerminal terminal) {
    this.terminal = terminal;
    this.echo = terminal.output();
    this.mode = terminal.enterLineMode();
  }

  /**
   * The input for a container's stdin when {@code wanted} (-i): the terminal's typed lines when the line's
   * input is the person's terminal, else the line's own input (a file, a pipe, nothing); null when not wanted.
   */
  static Lease lease(DockerContext context, DockerIo io, boolean wanted) {
    if (!wanted) {
      return new Lease(null, null, io);
    }
    RawTerminal terminal = context.terminal();
    return terminal == null ? new Lease(io.stdin(), null, io) : new Lease(null, of(terminal), io);
  }

  /** The terminal's typed lines, until Ctrl-D or {@link #close()}. */
  static TypedInput of(RawTerminal terminal) {
    return new TypedInput(terminal);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (readyAt == ready.length) {
      if (ended || closed) {
        return -1;
      }
      int n;
      reading.lock();
      try {
        if (closed) {
          return -1;
        }
        n = terminal.read(key, POLL_MILLIS);
      } finally {
        reading.unlock();
      }
      if (n < 0) {
        ended = true; // the terminal itself is gone
        line.reset();
        return -1;
      }
      for (int i = 0; i < n && !ended; i++) {
        edit(key[i] & 0xff);
      }
      echo.flush();
    }
    int taken = Math.min(len, ready.length - readyAt);
    System.arraycopy(ready, readyAt, b, off, taken);
    readyAt += taken;
    return taken;
  }

  /** One key of the line being typed; a finished line becomes ready to read. */
  private void edit(int c) throws IOException {
    switch (c) {
      case '\n', '\r' -> { // CR: typed ahead, before the terminal read it as a newline
        line.write('\n');
        echo.write('\n'); // output processing makes it CR LF
        send();
      }
      case CTRL_D -> {
        if (line.size() == 0) {
          ended = true;
        } else {
          send(); // what was typed goes without a newline, as a terminal's line mode sends it
        }
      }
      case DEL, CTRL_H -> {
        if (eraseLast()) {
          echo.write(new byte[] {'\b', ' ', '\b'});
        }
      }
      case CTRL_U -> {
        while (eraseLast()) {
          echo.write(new byte[] {'\b', ' ', '\b'});
        }
      }
      default -> {
        if (c >= ' ' || c == '\t') {
          line.write(c);
          echo.write(c);
        }
      }
    }
  }

  /** Removes the last character typed (all the bytes of a UTF-8 one); false when the line is empty. */
  private boolean eraseLast() {
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end == 0) {
      return false;
    }
    do {
      end--;
    } while (end > 0 && (bytes[end] & 0xc0) == 0x80);
    line.reset();
    line.write(bytes, 0, end);
    return true;
  }

  private void send() {
    byte[] more = line.toByteArray();
    line.reset();
    byte[] joined = new byte[ready.length - readyAt + more.length];
    System.arraycopy(ready, readyAt, joined, 0, ready.length - readyAt);
    System.arraycopy(more, 0, joined, ready.length - readyAt, more.length);
    ready = joined;
    readyAt = 0;
  }

  /**
   * Stops the reading: a read under way (at most a tenth of a second) is waited for, so that once this
   * returns, every key typed goes to the lab shell's prompt.
   */
  @Override
  public void close() {
    closed = true;
    try {
      if (reading.tryLock(1, TimeUnit.SECONDS)) {
        reading.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    mode.close();
  }

  /**
   * The stream to give the container, closed (when it is the terminal's) once the command is done; a
   * command the learner interrupted with Ctrl-C shows {@code ^C} where it was typed, as a terminal echoes it
   * (the lab's line editing has the terminal's own echo off).
   */
  record Lease(InputStream own, TypedInput typed, DockerIo io) implements AutoCloseable {
    InputStream stream() {
      return typed != null ? typed : own;
    }

    @Override
    public void close() {
      if (typed != null) {
        typed.close();
        if (io.cancel().cancelled()) {
          io.err().print("^C ");
        }
      }
    }
  }
}
