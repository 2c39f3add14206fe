package org.dockerlab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspacePathTest {
  @ParameterizedTest
  @ValueSource(strings = {"busybox.tar", "notes/a.txt", "./a.txt", "a/../b.txt", "..hidden", "dir/.env", "my app.tar"})
  void relativePathsThatStayInside_areAccepted(String path) {
    assertThat(WorkspacePath.problem(path)).isEmpty();
    assertThat(WorkspacePath.require("path", path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "a/../../x", "..", "/etc/passwd", "//etc/passwd", "~/x", "~", "~root/x", "a\\b.txt", "..\\x",
      ".", "a/..", "x\u0000y"})
  void pathsThatLeaveOrNameTheWorkspace_areRefused(String path) {
    assertThat(WorkspacePath.problem(path)).contains("'" + path + "' must be a path inside the workspace (relative, no ..)");
    assertThatThrownBy(() -> WorkspacePath.require("path", path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path: '" + path + "' must be a path inside the workspace (relative, no ..)");
  }

  @Test
  void aMissingPath_isRequired() {
    assertThatThrownBy(() -> WorkspacePath.require("sameIdAsArchive", null)).hasMessage("sameIdAsArchive: a path is required");
    assertThatThrownBy(() -> WorkspacePath.require("path", " ")).hasMessage("path: a path is required");
  }
}
