package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HostBinariesTest {
  @Test
  void parseLdd_findsTheLibrariesAndTheLoader_notTheVdso() {
    String out =
        """
        \tlinux-vdso.so.1 (0x00007ffd1c7e4000)
        \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f43247ad000)
        \t/lib64/ld-linux-x86-64.so.2 (0x00007f43249a2000)
        """;
    assertThat(HostBinaries.parseLdd(out))
        .containsExactly(Path.of("/lib/x86_64-linux-gnu/libc.so.6"), Path.of("/lib64/ld-linux-x86-64.so.2"));
  }

  @Test
  void parseLdd_ofAStaticProgram_isEmpty() {
    assertThat(HostBinaries.parseLdd("\tnot a dynamic executable\n")).isEmpty();
    assertThat(HostBinaries.parseLdd("\tstatically linked\n")).isEmpty();
  }
}
