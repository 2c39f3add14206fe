package org.dockerlab.shell;

import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.dockerlab.io.RawTerminal;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingInputStream;

/** The lab's JLine terminal lent to a container session. */
final class JLineRawTerminal implements RawTerminal {
  private final Terminal terminal;

  JLineRawTerminal(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Restore enterRaw() {
    return enter(JLineRawTerminal::raw);
  }

  @Override
  public Restore enterLineMode() {
    return enter(JLineRawTerminal::lineMode);
  }

  /** Switches to the mode made from the current attributes; closing the result puts them back. */
  private Restore enter(UnaryOperator<Attributes> mode) {
    terminal.writer().flush();
    Attributes saved = uninterrupted(terminal::getAttributes);
    uninterrupted(() -> {
      terminal.setAttributes(mode.apply(saved));
      return null;
    });
    return () -> {
      terminal.flush();
      uninterrupted(() -> {
        terminal.setAttributes(saved);
        return null;
      });
    };
  }

  /**
   * Runs a change of the terminal's mode to its end even when Ctrl-C interrupts the thread meanwhile (JLine
   * runs {@code stty}, which an interrupt breaks off with an IOError that would end the shell): the interrupt
   * is kept for the command to see afterwards.
   */
  static <T> T uninterrupted(Supplier<T> change) {
    boolean interrupted = Thread.interrupted();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return change.get();
        } catch (IOError e) {
          if (!(e.getCause() instanceof InterruptedIOException) || attempt == 3) {
            throw e;
          }
          interrupted |= Thread.interrupted();
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Raw, but for signals (Ctrl-C), CR read as NL and output processing: the line is edited by the lab. */
  static Attributes lineMode(Attributes saved) {
    Attributes mode = raw(saved);
    mode.setLocalFlags(EnumSet.of(LocalFlag.ISIG), true);
    mode.setInputFlags(EnumSet.of(InputFlag.ICRNL), true);
    mode.setOutputFlags(EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR), true);
    mode.setControlChar(ControlChar.VINTR, 3);
    return mode;
  }

  /** cfmakeraw, as the docker CLI's term.MakeRaw: JLine's own raw mode keeps signals and output processing. */
  static Attributes raw(Attributes saved) {
    Attributes raw = new Attributes(saved);
    raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.ECHONL, LocalFlag.ISIG, LocalFlag.IEXTEN), false);
    raw.setInputFlags(
        EnumSet.of(InputFlag.IGNBRK, InputFlag.BRKINT, InputFlag.PARMRK, InputFlag.ISTRIP, InputFlag.INLCR,
            InputFlag.IGNCR, InputFlag.ICRNL, InputFlag.IXON), false);
    raw.setOutputFlags(EnumSet.of(OutputFlag.OPOST), false);
    raw.setControlChar(ControlChar.VMIN, 1);
    raw.setControlChar(ControlChar.VTIME, 0);
    return raw;
  }

  @Override
  public Size size() {
    org.jline.terminal.Size size = terminal.getSize();
    return new Size(size.getColumns(), size.getRows());
  }

  @Override
  public Restore onResize(Runnable action) {
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> action.run());
    return () -> terminal.handle(Terminal.Signal.WINCH, previous);
  }

  @Override
  public int read(byte[] buffer, long timeoutMillis) throws IOException {
    InputStream in = terminal.input();
    if (in instanceof NonBlockingInputStream nonBlocking) { // the system terminal's
      int n = nonBlocking.readBuffered(buffer, timeoutMillis);
      return n == NonBlockingInputStream.READ_EXPIRED ? 0 : n;
    }
    if (in.available() == 0) {
      try {
        Thread.sleep(timeoutMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
      return 0;
    }
    return in.read(buffer, 0, Math.min(buffer.length, in.available()));
  }

  @Override
  public OutputStream output() {
    return terminal.output();
  }
}
