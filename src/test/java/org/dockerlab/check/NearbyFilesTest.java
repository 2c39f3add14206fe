package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearbyFilesTest {
  @TempDir Path dir;

  @Test
  void aTypoInTheFileName_isNamed() throws Exception {
    Files.writeString(dir.resolve("busybx.tar"), "x");
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThat(NearbyFiles.hint(dir, "busybox.tar")).isEqualTo(" (there is busybx.tar: a typo?)");
  }

  @Test
  void unrelatedFiles_areNotSuggested() throws Exception {
    Files.writeString(dir.resolve("myimage_latest.tar.gz"), "x");
    assertThat(NearbyFiles.hint(dir, "busybox.tar")).isEmpty();
    assertThat(NearbyFiles.hint(dir.resolve("missing-dir"), "busybox.tar")).isEmpty();
  }

  @Test
  void distance_countsEdits() {
    assertThat(NearbyFiles.distance("busybox.tar", "busybx.tar")).isEqualTo(1);
    assertThat(NearbyFiles.distance("busybox.tar", "busybox.tar.gz")).isEqualTo(3);
  }
}
