package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dockerlab.docker.OutputSink;
import org.dockerlab.docker.ProcessStreams;
import org.dockerlab.io.RawTerminal;
import org.junit.jupiter.api.Test;

class TerminalSessionTest {

  @Test
  void keys_passEverythingButTheDetachSequence() {
    TerminalSession.Keys keys = new TerminalSession.Keys();
    byte[] typed = {'l', 's', 0x03, 0x04, '\r'};
    assertThat(keys.filter(typed, typed.length)).as("Ctrl-C and Ctrl-D go to the container").containsExactly(typed);
    assertThat(keys.detached()).isFalse();
  }

  @Test
  void keys_ctrlPCtrlQ_detaches_afterSendingWhatCameBefore() {
    TerminalSession.Keys keys = new TerminalSession.Keys();
    byte[] typed = {'e', 'c', 'h', 'o', '\r', 0x10, 0x11, 'x'};
    assertThat(new String(keys.filter(typed, typed.length), StandardCharsets.US_ASCII)).isEqualTo("echo\r");
    assertThat(keys.detached()).isTrue();
  }

  @Test
  void keys_ctrlPFollowedByAnotherKey_isSent_evenAcrossReads() {
    TerminalSession.Keys keys = new TerminalSession.Keys();
    assertThat(keys.filter(new byte[] {'a', 0x10}, 2)).as("held until the next key").containsExactly('a');
    assertThat(keys.filter(new byte[] {'b'}, 1)).containsExactly(0x10, 'b');
    assertThat(keys.filter(new byte[] {0x10}, 1)).isEmpty();
    assertThat(keys.filter(new byte[] {0x11}, 1)).isEmpty();
    assertThat(keys.detached()).as("Ctrl-P and Ctrl-Q in two reads").isTrue();
  }

  @Test
  void escapeSequences_areKeptWhole() {
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("\u001b"), 1)).isTrue();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("\u001b[11;"), 5)).isTrue();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("\u001b[11;5R"), 7)).as("a cursor-position report").isFalse();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("ab\u001b[A"), 5)).as("arrow up").isFalse();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("\u001bO"), 2)).isTrue();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("\u001bOA"), 3)).isFalse();
    assertThat(TerminalSession.Keys.endsInsideEscape(bytes("abc"), 3)).isFalse();
  }

  @Test
  void session_isRaw_sized_resized_andRestored_andEndsWithTheOutput() throws Exception {
    FakeTerminal terminal = new FakeTerminal();
    FakeStreams streams = new FakeStreams();
    List<String> sizes = new ArrayList<>();
    Thread container = new Thread(() -> {
      try {
        streams.write("/ # ");
        String typed = streams.readTyped(2);
        terminal.resizeTo(new RawTerminal.Size(120, 40));
        streams.write(typed + "\r\n");
        streams.end();
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    container.start();
    terminal.type("hi");
    TerminalSession.End end = TerminalSession.run(terminal, streams, true, (c, r) -> sizes.add(c + "x" + r));
    container.join(5000);
    assertThat(end).isEqualTo(TerminalSession.End.ENDED);
    assertThat(terminal.screen.toString(StandardCharsets.UTF_8)).isEqualTo("/ # hi\r\n");
    assertThat(sizes).containsExactly("80x24", "120x40");
    assertThat(terminal.events).containsExactly("raw", "watch", "unwatch", "restored");
    assertThat(streams.closed).isTrue();
  }

  @Test
  void session_detach_endsIt_andLeavesTheContainer() throws Exception {
    FakeTerminal terminal = new FakeTerminal();
    FakeStreams streams = new FakeStreams();
    terminal.type("ls\r\u0010\u0011");
    TerminalSession.End end = TerminalSession.run(terminal, streams, true, (c, r) -> {});
    assertThat(end).isEqualTo(TerminalSession.End.DETACHED);
    assertThat(streams.typed.toString(StandardCharsets.US_ASCII)).isEqualTo("ls\r");
    assertThat(terminal.events).endsWith("restored");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static final class FakeTerminal implements RawTerminal {
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final BlockingQueue<Byte> keys = new LinkedBlockingQueue<>();
    volatile Size size = new Size(80, 24);
    volatile Runnable onResize;

    void type(String text) {
      for (byte b : bytes(text)) {
        keys.add(b);
      }
    }

    void resizeTo(Size newSize) {
      size = newSize;
      onResize.run();
    }

    @Override
    public Restore enterLineMode() {
      events.add("line mode");
      return () -> events.add("restored");
    }

    @Override
    public Restore enterRaw() {
      events.add("raw");
      return () -> events.add("restored");
    }

    @Override
    public Size size() {
      return size;
    }

    @Override
    public Restore onResize(Runnable action) {
      events.add("watch");
      onResize = action;
      return () -> events.add("unwatch");
    }

    @Override
    public int read(byte[] buffer, long timeoutMillis) throws IOException {
      try {
        Byte b = keys.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (b == null) {
          return 0;
        }
        buffer[0] = b;
        return 1;
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    }

    @Override
    public OutputStream output() {
      return screen;
    }
  }

  private static final class FakeStreams implements ProcessStreams {
    final ByteArrayOutputStream typed = new ByteArrayOutputStream();
    final PipedOutputStream container = new PipedOutputStream();
    final PipedInputStream output;
    volatile boolean closed;

    FakeStreams() throws IOException {
      output = new PipedInputStream(container);
    }

    void write(String text) throws IOException {
      container.write(text.getBytes(StandardCharsets.UTF_8));
      container.flush();
    }

    void end() throws IOException {
      container.close();
    }

    String readTyped(int count) throws InterruptedException {
      long until = System.currentTimeMillis() + 5000;
      while (typed.size() < count && System.currentTimeMillis() < until) {
        Thread.sleep(10);
      }
      return typed.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean tty() {
      return true;
    }

    @Override
    public OutputStream stdin() {
      return new OutputStream() {
        @Override
        public void write(int b) {
          synchronized (typed) {
            typed.write(b);
          }
        }
      };
    }

    @Override
    public void closeStdin() {}

    @Override
    public void copyOutput(OutputSink sink) throws IOException {
      byte[] buffer = new byte[64];
      int n;
      try {
        while ((n = output.read(buffer)) >= 0) {
          sink.stdout(java.util.Arrays.copyOf(buffer, n));
        }
      } catch (IOException e) {
        // closed by a detach
      }
    }

    @Override
    public void close() {
      closed = true;
      try {
        output.close();
        container.close();
      } catch (IOException e) {
        // closing a fake
      }
    }
  }
}
