package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dockerlab.docker.ContainerSummary.PublishedPort;
import org.junit.jupiter.api.Test;

class PortFormatTest {
  @Test
  void samePortOnV4AndV6_readsLikeTheCli() {
    String s = PortFormat.display(List.of(new PublishedPort("::", 5000, 5000, "tcp"), new PublishedPort("0.0.0.0", 5000, 5000, "tcp")));
    assertThat(s).isEqualTo("0.0.0.0:5000->5000/tcp, [::]:5000->5000/tcp");
  }

  @Test
  void exposedButUnpublished_showsThePortAlone() {
    assertThat(PortFormat.display(List.of(new PublishedPort(null, 0, 5000, "tcp")))).isEqualTo("5000/tcp");
  }

  @Test
  void anotherHostPort_comesAfterTheGroups() {
    String s =
        PortFormat.display(
            List.of(
                new PublishedPort("0.0.0.0", 18081, 8080, "tcp"),
                new PublishedPort("0.0.0.0", 9000, 9000, "tcp"),
                new PublishedPort("0.0.0.0", 9001, 9001, "tcp"),
                new PublishedPort("0.0.0.0", 9002, 9002, "tcp"),
                new PublishedPort("127.0.0.1", 18083, 8083, "tcp")));
    assertThat(s).isEqualTo("0.0.0.0:9000-9002->9000-9002/tcp, 0.0.0.0:18081->8080/tcp, 127.0.0.1:18083->8083/tcp");
  }

  @Test
  void aGapInARange_closesTheGroup() {
    String s = PortFormat.display(List.of(new PublishedPort("", 0, 80, "tcp"), new PublishedPort("", 0, 81, "tcp"), new PublishedPort("", 0, 90, "tcp")));
    assertThat(s).isEqualTo("80-81/tcp, 90/tcp");
  }

  @Test
  void noPorts_isEmpty() {
    assertThat(PortFormat.display(List.of())).isEmpty();
  }
}
