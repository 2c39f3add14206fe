package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOError;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A change of terminal mode that Ctrl-C interrupts is finished anyway, and the interrupt kept for the command. */
class JLineRawTerminalTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void anInterruptedChange_isDoneAgain_andTheInterruptIsKept() {
    AtomicInteger tries = new AtomicInteger();
    Thread.currentThread().interrupt(); // Ctrl-C came just before

    String result = JLineRawTerminal.uninterrupted(() -> {
      if (tries.incrementAndGet() == 1) {
        throw new IOError(new InterruptedIOException("Command interrupted"));
      }
      assertThat(Thread.currentThread().isInterrupted()).as("stty runs without the interrupt").isFalse();
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(tries).hasValue(2);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void otherFailures_andEndlessInterrupts_areNotHidden() {
    assertThatThrownBy(() -> JLineRawTerminal.uninterrupted(() -> {
      throw new IOError(new java.io.IOException("no tty"));
    })).isInstanceOf(IOError.class);
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(() -> JLineRawTerminal.uninterrupted(() -> {
      tries.incrementAndGet();
      throw new IOError(new InterruptedIOException("again"));
    })).isInstanceOf(IOError.class);
    assertThat(tries).hasValue(3);
  }
}
