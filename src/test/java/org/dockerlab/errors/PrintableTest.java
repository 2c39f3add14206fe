package org.dockerlab.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlCharacters_andBidiOverrides_areEscaped() {
    assertThat(Printable.line("a\u001b[2Jb\u0007\n\u202Ec\u0085")).isEqualTo("a\\x1b[2Jb\\x07\\n\\u202Ec\\x85");
  }

  @Test
  void ordinaryText_andPairedSurrogates_areKept() {
    assertThat(Printable.line("docker: 'sav' 日本 🐳 é")).isEqualTo("docker: 'sav' 日本 🐳 é");
  }

  @Test
  void brokenSurrogates_areEscaped() {
    assertThat(Printable.line("x\uD800y\uDC00")).isEqualTo("x\\uD800y\\uDC00");
  }
}
