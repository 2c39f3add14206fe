package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dockerlab.docker.ContainerSpec.Port;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;

class PortSpecTest {
  @Test
  void hostAndContainer() {
    assertThat(PortSpec.parse("5000:5000")).containsExactly(new Port("", "5000", 5000, "tcp"));
  }

  @Test
  void containerOnly_letsTheEnginePick() {
    assertThat(PortSpec.parse("8080")).containsExactly(new Port("", "", 8080, "tcp"));
  }

  @Test
  void ipHostContainerAndProtocol() {
    assertThat(PortSpec.parse("127.0.0.1:53:53/udp")).containsExactly(new Port("127.0.0.1", "53", 53, "udp"));
  }

  @Test
  void ipWithoutHostPort() {
    assertThat(PortSpec.parse("127.0.0.1::80")).containsExactly(new Port("127.0.0.1", "", 80, "tcp"));
  }

  @Test
  void bracketedIpv6() {
    assertThat(PortSpec.parse("[::1]:8080:80")).containsExactly(new Port("::1", "8080", 80, "tcp"));
  }

  @Test
  void ranges_mapOneToOne() {
    assertThat(PortSpec.parse("9000-9001:8000-8001"))
        .containsExactly(new Port("", "9000", 8000, "tcp"), new Port("", "9001", 8001, "tcp"));
  }

  @Test
  void notAPort_isBadInput() {
    assertThatThrownBy(() -> PortSpec.parse("80:http"))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("invalid containerPort: http");
    assertThatThrownBy(() -> PortSpec.parse("70000:80")).hasMessageContaining("invalid hostPort: 70000");
    assertThatThrownBy(() -> PortSpec.parse("80/xyz")).hasMessageContaining("invalid proto: xyz");
  }
}
