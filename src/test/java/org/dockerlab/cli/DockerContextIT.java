package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.LabProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A context made by the docker CLI itself, in a throw-away docker config (the machine's own is never
 * touched), chosen with DOCKER_CONTEXT: doctor and the shell use its endpoint. The endpoint is a socket
 * where nothing listens, so the test needs no engine and shows that nothing else was asked.
 */
class DockerContextIT {
  @TempDir Path dir;

  private void docker(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void dockerContextVariable_makesDoctorAndTheShellUseThatEndpoint() throws Exception {
    Path cli = Path.of("/usr/local/bin/docker");
    if (!Files.isExecutable(cli)) {
      cli = Path.of("/usr/bin/docker");
    }
    assumeTrue(Files.isExecutable(cli), "no docker CLI to create a context with");
    Path userConfig = Files.createDirectories(dir.resolve("user-docker-config"));
    Path socket = dir.resolve("some.sock");
    Map<String, String> env = Map.of("DOCKER_CONFIG", userConfig.toString(), "HOME", dir.toString());
    docker(env, cli.toString(), "context", "create", "labtest", "--docker", "host=unix://" + socket);

    LabProcess lab = new LabProcess(Files.createDirectories(dir.resolve("state")), Map.of("DOCKER_CONFIG", userConfig.toString(), "DOCKER_CONTEXT", "labtest", "DOCKER_HOST", ""));
    LabProcess.Result doctor = lab.run("", 60, "doctor");
    assertThat(doctor.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(doctor.out()).contains("endpoint").contains("unix://" + socket).contains("context 'labtest' (DOCKER_CONTEXT)");
    assertThat(doctor.out()).containsPattern("FAIL  engine .*" + socket.getFileName());

    LabProcess.Result shell = lab.run("", 60, "shell", "-c", "docker version");
    assertThat(shell.exitCode()).isNotZero();
    assertThat(shell.all()).contains(socket.toString()).doesNotContain("/var/run/docker.sock");
  }
}
