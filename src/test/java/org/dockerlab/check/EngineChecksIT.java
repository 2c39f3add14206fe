package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** image, docker-archive and container checks against the real engine. */
@RequiresEngine
class EngineChecksIT {
  private static final String WEB = "dlt-chk-web";

  @TempDir Path dir;
  private DockerRunner docker;
  private CheckContext ctx;

  @BeforeEach
  void connect() {
    docker = new DockerRunner(dir, dir.resolve("docker-config"));
    ctx = new CheckContext(docker.engine(), dir, dir.resolve("docker-config"), null, null);
    removeWeb();
  }

  @AfterEach
  void cleanUp() {
    try {
      removeWeb();
    } finally {
      docker.close();
    }
  }

  private void removeWeb() {
    if (docker.engine().inspectContainer(WEB).isPresent()) {
      docker.engine().removeContainer(WEB, true);
    }
  }

  @Test
  void image_presentAndAbsent() {
    CheckResult busybox = new ImageCheck("busybox", null, null).evaluate(ctx);
    CheckResult absent = new ImageCheck("dlt-chk-absent:1", null, null).evaluate(ctx);

    assertThat(busybox.status()).as(busybox.message()).isEqualTo(Status.PASSED);
    assertThat(busybox.evidence().get("imageId")).isEqualTo(docker.engine().inspectImage("busybox:latest").orElseThrow().id());
    assertThat(absent.status()).isEqualTo(Status.FAILED);
    assertThat(absent.message()).startsWith("there is no image dlt-chk-absent:1 in the engine");
    assertThat(new ImageCheck("dlt-chk-absent:1", false, null).evaluate(ctx).status()).isEqualTo(Status.PASSED);
    assertThat(new ImageCheck("busybox", false, null).evaluate(ctx).message()).isEqualTo("busybox is still here: remove it: docker rmi busybox");
  }

  @Test
  void realSave_isADockerArchive_withTheSameIdAsTheEnginesImage() {
    DockerRunner.Result save = docker.run("save", "-o", "busybox.tar", "busybox");
    assertThat(save.exitCode()).as(save.err()).isZero();

    CheckResult archive = new DockerArchiveCheck("busybox.tar", List.of("busybox:latest"), 1, false).evaluate(ctx);
    CheckResult same = new ImageCheck("busybox", null, "busybox.tar").evaluate(ctx);

    assertThat(archive.status()).as(archive.message()).isEqualTo(Status.PASSED);
    assertThat(same.status()).as(same.message()).isEqualTo(Status.PASSED);
    assertThat(archive.evidence().get("configDigest")).isEqualTo(same.evidence().get("imageId"));
    CheckResult wrongTag = new ImageCheck("myimage", null, "busybox.tar").evaluate(ctx);
    assertThat(wrongTag.message()).isEqualTo("busybox.tar has no image myimage (it contains busybox:latest)");
  }

  @Test
  void container_runningFromAnImage_withPortsAndEnv_thenStopped() throws Exception {
    int port = RegistryCheckTest.freePort();
    docker.engine().runContainer(new ContainerSpec(
        WEB, "busybox", List.of("httpd", "-f", "-p", "80", "-h", "/"), null, null, List.of(new ContainerSpec.Port(port, 80)),
        List.of("GREETING=hello"), List.of(), Map.of("org.dockerlab.test", "dlt-chk"), null, false, ContainerSpec.Streams.DETACHED));

    CheckResult running = new ContainerCheck(WEB, null, "busybox:latest", List.of(port + ":80"), List.of("GREETING=hello")).evaluate(ctx);
    assertThat(running.status()).as(running.message()).isEqualTo(Status.PASSED);
    assertThat(running.evidence().get("containerId")).isEqualTo(docker.engine().inspectContainer(WEB).orElseThrow().id());
    assertThat(new ContainerCheck(WEB, null, null, List.of("8081:80"), null).evaluate(ctx).message())
        .startsWith(WEB + " does not publish 8081:80 (found: " + port + ":80/tcp)");
    assertThat(new ContainerCheck(WEB, null, "registry:2", null, null).evaluate(ctx).message()).startsWith(WEB + " was created from busybox, not registry:2");
    assertThat(new ContainerCheck(WEB, null, null, null, List.of("GREETING=bye")).evaluate(ctx).status()).isEqualTo(Status.FAILED);
    String shortId = running.evidence().get("containerId").substring(0, 12);
    assertThat(new HttpCheck("http://localhost:" + port + "/etc/hostname", null, shortId, null, null).evaluate(ctx).status())
        .isEqualTo(Status.PASSED);

    docker.engine().stopContainer(WEB, 1);

    assertThat(new ContainerCheck(WEB, false, null, List.of(port + ":80"), null).evaluate(ctx).status()).isEqualTo(Status.PASSED);
    CheckResult stopped = new ContainerCheck(WEB, null, null, null, null).evaluate(ctx);
    assertThat(stopped.message()).startsWith(WEB + " exists but is exited: start it (docker start " + WEB + ")");
  }

  @Test
  void container_missing_saysHowToRunIt() {
    CheckResult r = new ContainerCheck("dlt-chk-none", null, "registry:2", List.of("5000:5000"), null).evaluate(ctx);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).isEqualTo("there is no container named dlt-chk-none: start one: docker run -d --name dlt-chk-none -p 5000:5000 registry:2");
  }

  @Test
  void registryWithHtpasswdAndNoRealm_thatExited_isExplainedByItsPanic() throws Exception {
    DockerRunner.Result run = docker.run("run", "-d", "--name", WEB, "-e", "REGISTRY_AUTH=htpasswd", "registry:2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (int i = 0; i < 100 && docker.engine().inspectContainer(WEB).orElseThrow().running(); i++) {
      Thread.sleep(100);
    }

    CheckResult r = new ContainerCheck(WEB, null, "registry:2", null, null).evaluate(ctx);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("the last lines of its log say why").contains("\"realm\" must be set").doesNotContain("goroutine");
    assertThat(r.found()).startsWith("exited: panic:");
    assertThat(r.hint()).contains("exited");
  }
}
