package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The registry check against a real registry:2 after a real push. */
@RequiresEngine
class RegistryCheckIT {
  private static GenericContainer<?> registry;
  private static String host;
  private static String image;
  @TempDir static Path dir;
  private static DockerRunner docker;

  @BeforeAll
  static void startRegistryAndPush() {
    registry =
        new GenericContainer<>("registry:2")
            .withCreateContainerCmdModifier(c -> c.withName("dlt-chk-registry-" + System.nanoTime()))
            .withExposedPorts(5000)
            .waitingFor(Wait.forHttp("/v2/").forStatusCode(200));
    registry.start();
    host = "localhost:" + registry.getMappedPort(5000);
    image = host + "/dlt-chk-busybox";
    docker = new DockerRunner(dir, dir.resolve("docker-config"));
    docker.engine().tag("busybox:latest", image);
    DockerRunner.Result push = docker.run("push", image);
    assertThat(push.exitCode()).as(push.err()).isZero();
  }

  @AfterAll
  static void cleanUp() {
    try {
      docker.engine().removeImage(image + ":latest", false);
    } finally {
      docker.close();
      registry.stop();
    }
  }

  private CheckContext ctx() {
    return new CheckContext(docker.engine(), dir, dir.resolve("docker-config"), null, null);
  }

  @Test
  void pushedImage_isInTheRegistry_andMatchesTheLocalImage() {
    CheckResult r = new RegistryCheck(host, "dlt-chk-busybox", null, null, "busybox").evaluate(ctx());

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(docker.engine().inspectImage("busybox").orElseThrow().repoDigests())
        .contains(host + "/dlt-chk-busybox@" + r.evidence().get("manifestDigest"));
  }

  @Test
  void otherTagOrRepository_isNotThere() {
    assertThat(new RegistryCheck(host, "dlt-chk-busybox", "1.0", null, null).evaluate(ctx()).message())
        .isEqualTo(host + "/dlt-chk-busybox has no tag 1.0: push it: docker push " + image + ":1.0");
    assertThat(new RegistryCheck(host, "dlt-chk-nothing", null, null, null).evaluate(ctx()).message())
        .startsWith(host + " has no repository dlt-chk-nothing (found: ").contains("dlt-chk-busybox");
    assertThat(new RegistryCheck(host, "dlt-chk-nothing", null, false, null).evaluate(ctx()).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void catalog_throughTheHttpCheck() {
    CheckResult r =
        new HttpCheck("http://" + host + "/v2/_catalog", null, null, new HttpCheck.JsonExpectation("/repositories", "dlt-chk-busybox", null), null)
            .evaluate(ctx());

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
  }
}
