package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dockerlab.docker.commands.PortFormat.Port;
import org.junit.jupiter.api.Test;

class PortFormatTest {
  @Test
  void samePortOnV4AndV6_readsLikeTheCli() {
    String s = PortFormat.display(List.of(new Port("::", 5000, 5000, "tcp"), new Port("0.0.0.0", 5000, 5000, "tcp")));
    assertThat(s).isEqualTo("0.0.0.0:5000->5000/tcp, :::5000->5000/tcp");
  }

  @Test
  void exposedButUnpublished_showsThePortAlone() {
    assertThat(PortFormat.display(List.of(new Port(null, 5000, 0, "tcp")))).isEqualTo("5000/tcp");
  }

  @Test
  void anotherHostPort_comesAfterTheGroups() {
    String s =
        PortFormat.display(
            List.of(
                new Port("0.0.0.0", 8080, 18081, "tcp"),
                new Port("0.0.0.0", 9000, 9000, "tcp"),
                new Port("0.0.0.0", 9001, 9001, "tcp"),
                new Port("0.0.0.0", 9002, 9002, "tcp"),
                new Port("127.0.0.1", 8083, 18083, "tcp")));
    assertThat(s).isEqualTo("0.0.0.0:9000-9002->9000-9002/tcp, 0.0.0.0:18081->8080/tcp, 127.0.0.1:18083->8083/tcp");
  }

  @Test
  void aGapInARange_closesTheGroup() {
    String s = PortFormat.display(List.of(new Port("", 80, 0, "tcp"), new Port("", 81, 0, "tcp"), new Port("", 90, 0, "tcp")));
    assertThat(s).isEqualTo("80-81/tcp, 90/tcp");
  }

  @Test
  void noPorts_isEmpty() {
    assertThat(PortFormat.display(List.of())).isEmpty();
  }
}
