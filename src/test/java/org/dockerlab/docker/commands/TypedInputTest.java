package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** -i without -t from the terminal: the line as a terminal's line mode edits it, Ctrl-D, and letting go. */
class TypedInputTest {
  private final TerminalSessionTest.FakeTerminal terminal = new TerminalSessionTest.FakeTerminal();

  private String readAll(TypedInput in) throws Exception {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    in.transferTo(got);
    return got.toString(StandardCharsets.UTF_8);
  }

  @Test
  void linesAreEdited_echoed_andSentOnEnter_untilCtrlDOnAnEmptyLine() throws Exception {
    TypedInput in = TypedInput.of(terminal);
    terminal.type("hellp\u007fo\n" + "wrong\u0015right\r" + "caf\u00e9\u007fe\n" + "\u0004" + "after\n");

    assertThat(readAll(in)).isEqualTo("hello\nright\ncafe\n");
    assertThat(terminal.screen.toString(StandardCharsets.UTF_8))
        .startsWith("hellp\b \bo\nwrong\b \b\b \b\b \b\b \b\b \bright\n");
    in.close();
    assertThat(terminal.events).containsExactly("line mode", "restored");
    assertThat(terminal.keys).as("what was typed after Ctrl-D is left for the shell").hasSize("after\n".length());
  }

  @Test
  void ctrlDAfterText_sendsItWithoutANewline_andASecondCtrlDEnds() throws Exception {
    TypedInput in = TypedInput.of(terminal);
    terminal.type("no newline\u0004\u0004");
    assertThat(readAll(in)).isEqualTo("no newline");
  }

  @Test
  void closing_endsAWaitingRead_withoutTakingKeysTypedAfterwards() throws Exception {
    TypedInput in = TypedInput.of(terminal);
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return readAll(in);
      } catch (Exception e) {
        return "failed: " + e;
      }
    });
    Thread.sleep(150);
    in.close();
    assertThat(read.get(5, TimeUnit.SECONDS)).isEmpty();
    terminal.type("docker ps\n");
    Thread.sleep(250);
    assertThat(terminal.keys).as("typed at the next prompt: the shell's").hasSize("docker ps\n".length());
  }
}
