package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamFilesTest {
  @TempDir Path workspace;

  @Test
  void writingIntoAMissingDirectory_namesItAsTyped_withTheFix() {
    Path typed = Path.of("auth/htpasswd");
    assertThatThrownBy(() -> new StreamFiles.Target(typed, workspace.resolve(typed), false, false, -1))
        .isInstanceOf(LabException.class)
        .hasMessage("auth: no such directory (mkdir -p auth)")
        .message().doesNotContain(workspace.toString());
  }

  @Test
  void readingAMissingFile_namesItAsTyped() {
    Path typed = Path.of("images/busybox.tar");
    assertThatThrownBy(() -> StreamFiles.read(typed, workspace.resolve(typed), false))
        .isInstanceOf(LabException.class)
        .hasMessage("images/busybox.tar: no such file or directory");
  }
}
