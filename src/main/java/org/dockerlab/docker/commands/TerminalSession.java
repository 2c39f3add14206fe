package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import org.dockerlab.docker.OutputSink;
import org.dockerlab.docker.ProcessStreams;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.RawTerminal;

/**
 * A container's TTY in the person's terminal, as the docker CLI holds it for {@code run -it}, {@code exec
 * -it}, {@code attach} and {@code start -ai}: the terminal in raw mode, every key (Ctrl-C and Ctrl-D too)
 * sent to the container, its output written as it comes, its TTY sized to the window and resized with it.
 * Ctrl-P Ctrl-Q detaches. The terminal is restored however the session ends.
 */
final class TerminalSession {
  static final int CTRL_P = 0x10;
  static final int CTRL_Q = 0x11;
  private static final long POLL_MILLIS = 50;

  /** How a session ended. */
  enum End {
    /** the process ended its output (it exited) */
    ENDED,
    /** the person typed Ctrl-P Ctrl-Q: the container runs on */
    DETACHED
  }

  /** Sizes the container's (or exec instance's) TTY. */
  interface Resizer {
    void resize(int columns, int rows);
  }

  private final RawTerminal terminal;
  private final ProcessStreams streams;
  private final boolean sendInput;
  private volatile boolean stopped;
  private volatile boolean detached;

  private TerminalSession(RawTerminal terminal, ProcessStreams streams, boolean sendInput) {
    this.terminal = terminal;
    this.streams = streams;
    this.sendInput = sendInput;
  }

  /** What docker says when {@code -it} is asked for and standard input is not a terminal. */
  static LabException notATty() {
    return new CliWords("the input device is not a TTY");
  }

  /**
   * Runs the session until the process ends its output or the person detaches.
   *
   * @param sendInput forward what is typed (-i); without it keys still detach
   */
  static End run(RawTerminal terminal, ProcessStreams streams, boolean sendInput, Resizer resizer) {
    return new TerminalSession(terminal, streams, sendInput).run(resizer);
  }

  private End run(Resizer resizer) {
    try (RawTerminal.Restore raw = terminal.enterRaw();
        RawTerminal.Restore resizing = terminal.onResize(() -> resize(resizer))) {
      resize(resizer);
      Thread keys = new Thread(this::forwardKeys, "dockerlab-tty-input");
      keys.setDaemon(true);
      keys.start();
      try {
        streams.copyOutput(new Screen(terminal.output()));
      } catch (IOException e) {
        // the screen is gone (the lab shell's terminal closed): the session ends with it
      }
      stopped = true;
      join(keys);
    } finally {
      streams.close();
    }
    return detached ? End.DETACHED : End.ENDED;
  }

  private void resize(Resizer resizer) {
    RawTerminal.Size size = terminal.size();
    if (size.columns() <= 0 || size.rows() <= 0) {
      return;
    }
    try {
      resizer.resize(size.columns(), size.rows());
    } catch (LabException e) {
      // the process ended a moment ago; the CLI ignores a resize that comes too late as well
    }
  }

  /** Copies typed bytes to the process, holding a Ctrl-P back until the next key says whether it detaches. */
  private void forwardKeys() {
    byte[] buffer = new byte[1024];
    Keys keys = new Keys();
    OutputStream stdin = streams.stdin();
    try {
      while (!stopped) {
        int n = readWhole(buffer);
        if (n < 0) {
          if (sendInput) {
            streams.closeStdin();
          }
          return;
        }
        byte[] out = keys.filter(buffer, n);
        if (out.length > 0 && sendInput) {
          stdin.write(out);
          stdin.flush();
        }
        if (keys.detached()) {
          detached = true;
          streams.close(); // ends the output, and so the session
          return;
        }
      }
    } catch (IOException e) {
      // the process closed its input (it exited): the output ends next
    }
  }

  /**
   * Reads what was typed, keeping an escape sequence whole (an arrow key, the terminal's answer to a
   * cursor-position query): a program in the container reads a lone ESC as the Escape key when the rest
   * comes a moment later.
   */
  private int readWhole(byte[] buffer) throws IOException {
    int n = terminal.read(buffer, POLL_MILLIS);
    for (int more = 0; n > 0 && n < buffer.length && Keys.endsInsideEscape(buffer, n) && more < 10; more++) {
      byte[] rest = new byte[buffer.length - n];
      int m = terminal.read(rest, 5);
      if (m < 0) {
        break;
      }
      System.arraycopy(rest, 0, buffer, n, m);
      n += m;
    }
    return n;
  }

  private static void join(Thread thread) {
    try {
      thread.join(POLL_MILLIS * 4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The detach keys (Ctrl-P Ctrl-Q) in what is typed, as docker's escape proxy finds them. */
  static final class Keys {
    private boolean heldCtrlP;
    private boolean detached;

    /** What to send of the {@code n} bytes typed: all but the detach keys; after them nothing. */
    byte[] filter(byte[] typed, int n) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(n + 1);
      for (int i = 0; i < n && !detached; i++) {
        int b = typed[i] & 0xff;
        if (heldCtrlP) {
          heldCtrlP = false;
          if (b == CTRL_Q) {
            detached = true;
            break;
          }
          out.write(CTRL_P);
        }
        if (b == CTRL_P) {
          heldCtrlP = true;
        } else {
          out.write(b);
        }
      }
      return out.toByteArray();
    }

    boolean detached() {
      return detached;
    }

    /** Whether the bytes end in an escape sequence that is not complete yet. */
    static boolean endsInsideEscape(byte[] b, int n) {
      int esc = -1;
      for (int i = n - 1; i >= 0 && esc < 0; i--) {
        if (b[i] == 0x1b) {
          esc = i;
        }
      }
      if (esc < 0) {
        return false;
      }
      if (esc == n - 1) {
        return true;
      }
      if (b[esc + 1] == 'O') { // SS3: one more byte (F1, arrows in application mode)
        return esc + 2 >= n;
      }
      if (b[esc + 1] != '[') {
        return false; // Alt and a key
      }
      for (int i = esc + 2; i < n; i++) {
        if (b[i] >= 0x40 && b[i] <= 0x7e) {
          return false; // the final byte of a CSI sequence
        }
      }
      return true;
    }
  }

  /** The container's output, raw on the screen. */
  private record Screen(OutputStream out) implements OutputSink {
    @Override
    public void stdout(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    @Override
    public void stderr(byte[] bytes) throws IOException {
      stdout(bytes);
    }
  }
}
