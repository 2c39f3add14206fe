package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableWriterTest {
  @Test
  void emptyPsHeader_isTheClisLine() {
    assertThat(new TableWriter().row(ContainerRows.HEADER).render())
        .containsExactly("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES");
  }

  @Test
  void columnsWiden_toTheLongestCellPlusThree_andTheEllipsisCountsAsOne() {
    assertThat(new TableWriter().row("A", "B", "C").row("registry:2", "\"/entrypoint.sh /etc…\"", "x").render())
        .containsExactly(
            "A            B                        C",
            "registry:2   \"/entrypoint.sh /etc…\"   x");
  }
}
