package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The note about the lab's ~/.docker comes for lines about that directory, not for a media type that says vnd.docker. */
class DockerConfigNoteTest {
  @Test
  void dockerDirectory_isNoted() {
    assertThat(LineRunner.mentionsDockerConfig("cat ~/.docker/config.json")).isTrue();
    assertThat(LineRunner.mentionsDockerConfig("ls -la $HOME/.docker")).isTrue();
    assertThat(LineRunner.mentionsDockerConfig("cd; cat .docker/config.json")).isTrue();
  }

  @Test
  void mediaTypes_areNot() {
    assertThat(LineRunner.mentionsDockerConfig("curl -sI -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' http://localhost:5000/v2/myapp/manifests/latest")).isFalse();
    assertThat(LineRunner.mentionsDockerConfig("cat my.dockerfile")).isFalse();
  }
}
