package org.dockerlab.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabHomeTest {
  private final Path userHome = Path.of("/home/ada");

  @Test
  void dockerlabHome_winsOverEverything() {
    LabHome home = LabHome.resolve(Map.of("DOCKERLAB_HOME", "/srv/lab", "XDG_STATE_HOME", "/x"), userHome);
    assertThat(home.root()).isEqualTo(Path.of("/srv/lab"));
  }

  @Test
  void xdgStateHome_isUsedWhenNoDockerlabHome() {
    LabHome home = LabHome.resolve(Map.of("XDG_STATE_HOME", "/var/state"), userHome);
    assertThat(home.root()).isEqualTo(Path.of("/var/state/dockerlab"));
  }

  @Test
  void relativeXdgStateHome_isIgnored_asTheSpecSays() {
    LabHome home = LabHome.resolve(Map.of("XDG_STATE_HOME", "relative"), userHome);
    assertThat(home.root()).isEqualTo(Path.of("/home/ada/.local/state/dockerlab"));
  }

  @Test
  void default_isUnderLocalState() {
    LabHome home = LabHome.resolve(Map.of(), userHome);
    assertThat(home.root()).isEqualTo(Path.of("/home/ada/.local/state/dockerlab"));
    assertThat(home.workspace()).isEqualTo(Path.of("/home/ada/.local/state/dockerlab/workspace"));
    assertThat(home.dockerConfig()).isEqualTo(Path.of("/home/ada/.local/state/dockerlab/docker-config"));
    assertThat(home.progressFile().getFileName()).hasToString("progress.json");
    assertThat(home.historyFile().getFileName()).hasToString("history");
    assertThat(home.logs().getFileName()).hasToString("logs");
  }

  @Test
  void create_makesTheDirectories_withThePrivateOnesOwnerOnly(@TempDir Path tmp) throws Exception {
    LabHome home = LabHome.resolve(Map.of("DOCKERLAB_HOME", tmp.resolve("lab").toString()), userHome).create();
    assertThat(home.workspace()).isDirectory();
    assertThat(home.logs()).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.dockerConfig()))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.root()))).isEqualTo("rwx------");
  }
}
