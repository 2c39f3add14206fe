package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.EngineDocker;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class DockerCliIT {
  @TempDir Path dir;
  @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir);

  @Test
  void version_showsTheEngineAndItsApiVersion() {
    DockerRunner.Result r = docker.run("version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Server: Docker Engine").containsPattern("API version: +1\\.\\d+");
  }

  @Test
  void aDockerSubcommandTheLabDoesNotRun_getsOneClearLine() {
    DockerRunner.Result r = docker.run("commit", "x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("docker commit is not part of the lab shell");
  }

  @Test
  void anUnknownFlag_getsPicocliMessage_andTheUsage() {
    DockerRunner.Result r = docker.run("version", "--bogus");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'").contains("Usage: docker version");
  }
}
