package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreshLineTest {
  @Test
  void writesOnlySpacesAndCarriageReturns_noMark() {
    String sequence = FreshLine.sequence(80, false);
    assertThat(sequence).matches("[ \r]+").doesNotContain("~");
    assertThat(sequence).startsWith(" ".repeat(80) + "\r");
  }

  @Test
  void aTerminalThatWrapsAtOnce_getsOneSpaceFewer_soAnEmptyLineDoesNotWrap() {
    assertThat(FreshLine.sequence(80, true)).startsWith(" ".repeat(79) + "\r");
  }
}
