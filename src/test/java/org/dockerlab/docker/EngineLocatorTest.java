package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineLocatorTest {
  private final Path home = Path.of("/home/ada");

  private EngineLocator locator(Map<String, String> env, Set<String> sockets) {
    return new EngineLocator(env, home, p -> sockets.contains(p.toString()));
  }

  @Test
  void dockerHost_isHonouredEvenWhenSocketsExist() {
    EngineLocator l = locator(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), Set.of("/var/run/docker.sock"));
    assertThat(l.locate()).contains("tcp://127.0.0.1:2375");
  }

  @Test
  void systemSocket_comesFirst() {
    EngineLocator l = locator(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Set.of("/var/run/docker.sock", "/run/user/1000/docker.sock"));
    assertThat(l.locate()).contains("unix:///var/run/docker.sock");
  }

  @Test
  void rootlessSocket_isFound_andReportedAsRootless() {
    EngineLocator l = locator(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Set.of("/run/user/1000/docker.sock"));
    assertThat(l.locate()).contains("unix:///run/user/1000/docker.sock");
    assertThat(l.isRootless("unix:///run/user/1000/docker.sock")).isTrue();
    assertThat(l.isRootless("unix:///var/run/docker.sock")).isFalse();
  }

  @Test
  void dockerDesktop_thenColima() {
    assertThat(locator(Map.of(), Set.of("/home/ada/.docker/run/docker.sock", "/home/ada/.colima/default/docker.sock")).locate())
        .contains("unix:///home/ada/.docker/run/docker.sock");
    assertThat(locator(Map.of(), Set.of("/home/ada/.colima/default/docker.sock")).locate())
        .contains("unix:///home/ada/.colima/default/docker.sock");
  }

  @Test
  void nothing_whenNoSocketAndNoDockerHost() {
    assertThat(locator(Map.of("DOCKER_HOST", " "), Set.of()).locate()).isEmpty();
  }

  @Test
  void connect_withoutAnyEngine_saysWhatToDo() {
    EngineLocator none = locator(Map.of(), Set.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DockerGateway.connect(none, Path.of("/tmp")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("scripts/engine-up");
  }
}
