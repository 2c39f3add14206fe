package org.dockerlab.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortProbeTest {
  @Test
  void listeningInode_readsTheProcTable(@TempDir Path tmp) throws Exception {
    Path table = tmp.resolve("tcp");
    Files.writeString(
        table,
        """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 00000000:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 424242 1 0000000000000000 100 0 0 10 0
           1: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 515151 1 0000000000000000 100 0 0 10 0
        """);
    assertThat(PortProbe.listeningInode(table, 5000)).contains("424242");
    // 8080 is only an established connection there, not a listener
    assertThat(PortProbe.listeningInode(table, 8080)).isEmpty();
  }

  @Test
  void aTakenPort_isNotFree_andItsOwnerIsThisJvm() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      PortProbe probe = PortProbe.system();
      assertThat(probe.isFree(port)).isFalse();
      if (Files.isDirectory(Path.of("/proc/self/fd"))) {
        assertThat(probe.owner(port)).hasValueSatisfying(o -> assertThat(o).contains("pid " + ProcessHandle.current().pid()));
      }
    }
  }

  @Test
  void airPlay_isNamedOnMacOnly() {
    assertThat(PortProbe.knownOwnerHint(5000, "Mac OS X")).hasValueSatisfying(h -> assertThat(h).contains("AirPlay"));
    assertThat(PortProbe.knownOwnerHint(5000, "Linux")).isEmpty();
  }
}
