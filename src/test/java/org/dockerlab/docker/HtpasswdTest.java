package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtpasswdTest {
  @Test
  void line_isBcrypt2y_andVerifies() {
    String line = Htpasswd.line("manu", "manu".toCharArray());
    assertThat(line).startsWith("manu:$2y$10$").hasSize("manu:".length() + 60);
    assertThat(Htpasswd.verify(line, "manu".toCharArray())).isTrue();
    assertThat(Htpasswd.verify(line, "wrong".toCharArray())).isFalse();
  }

  @Test
  void userWithColon_isRejected() {
    assertThatThrownBy(() -> Htpasswd.line("a:b", "x".toCharArray())).hasMessageContaining("':'");
  }
}
