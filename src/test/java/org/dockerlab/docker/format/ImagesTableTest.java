package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ImagesTableTest {
  @Test
  void print_padsLikeTheCliTabwriter_minWidth10_padding3_lastColumnBare() {
    TableWriter t = new TableWriter().row("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
    t.row("busybox", "latest", "3002921e3d54", "3 minutes ago", "3.96MB");
    t.row("registry", "2", "7311c62a816f", "3 minutes ago", "26.8MB");
    StringWriter s = new StringWriter();
    t.print(new PrintWriter(s));
    assertThat(s.toString().lines())
        .containsExactly(
            "REPOSITORY   TAG       IMAGE ID       CREATED         SIZE",
            "busybox      latest    3002921e3d54   3 minutes ago   3.96MB",
            "registry     2         7311c62a816f   3 minutes ago   26.8MB");
  }
}
