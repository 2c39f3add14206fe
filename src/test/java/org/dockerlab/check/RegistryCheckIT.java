package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.evidence.Identity;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RandomImage;
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
      // the pushes left digests of this run's registry on the images (busybox's among them): they go too,
      // or an old busybox stays on the engine under a digest of a registry that is gone
      for (org.dockerlab.docker.ImageSummary i : docker.engine().images(false, java.util.Map.of())) {
        for (String digest : i.repoDigests()) {
          if (digest.startsWith(host + "/dlt-chk-")) {
            docker.engine().removeImage(digest, false);
          }
        }
      }
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
        .isEqualTo(host + "/dlt-chk-busybox has no tag 1.0: tag and push it: docker tag IMAGE " + image + ":1.0 && docker push " + image + ":1.0");
    assertThat(new RegistryCheck(host, "dlt-chk-nothing", null, null, null).evaluate(ctx()).message())
        .startsWith(host + " has no repository dlt-chk-nothing (found: ").contains("dlt-chk-busybox");
    assertThat(new RegistryCheck(host, "dlt-chk-nothing", null, false, null).evaluate(ctx()).status()).isEqualTo(Status.PASSED);
  }

  /** The identity of a local image, as an attempt pins it when it begins. */
  private static Evidence pinned(String name, String reference) {
    ImageDetails image = docker.engine().inspectImage(reference).orElseThrow();
    return new Evidence(Instant.EPOCH, Map.of(Evidence.key(name), new Identity(image.id(), image.id(), image.diffIds())), List.of(), List.of());
  }

  @Test
  void wrongImagePushedUnderTheRightName_fails_andTheRightOne_passesEvenAfterItsLocalNameIsRemoved() throws Exception {
    String mine = "dlt-chk-myapp-" + System.nanoTime() + ":latest";
    String target = host + "/dlt-chk-myapp";
    RandomImage.build(docker.engine(), mine, 1, dir);
    try {
      CheckContext ctx = new CheckContext(docker.engine(), dir, dir.resolve("docker-config"), pinned("myapp:latest", mine), null);
      RegistryCheck check = new RegistryCheck(host, "dlt-chk-myapp", null, null, null, "myapp:latest");

      assertThat(docker.run("tag", "busybox", target).exitCode()).isZero();
      assertThat(docker.run("push", target).exitCode()).isZero();
      CheckResult wrong = check.evaluate(ctx);
      assertThat(wrong.status()).isEqualTo(Status.FAILED);
      assertThat(wrong.hint()).contains("wrong-image");
      assertThat(new ImageCheck(target, null, null, "myapp:latest").evaluate(ctx).status()).isEqualTo(Status.FAILED);

      assertThat(docker.run("tag", mine, target).exitCode()).isZero();
      assertThat(docker.run("push", target).exitCode()).isZero();
      assertThat(docker.run("rmi", mine, target).exitCode()).isZero();
      CheckResult right = check.evaluate(ctx);
      assertThat(right.status()).as(right.message()).isEqualTo(Status.PASSED);
    } finally {
      docker.run("rmi", "-f", mine);
      docker.run("rmi", target);
    }
  }

  @Test
  void pushTo127001_countsForLocalhost() {
    String loopback = "127.0.0.1:" + registry.getMappedPort(5000) + "/dlt-chk-loop";
    try {
      assertThat(docker.run("tag", "busybox", loopback).exitCode()).isZero();
      DockerRunner.Result push = docker.run("push", loopback);
      assertThat(push.exitCode()).as(push.err()).isZero();
      CheckContext ctx = new CheckContext(docker.engine(), dir, dir.resolve("docker-config"), pinned("busybox:latest", "busybox:latest"), null);

      CheckResult registryHas = new RegistryCheck(host, "dlt-chk-loop", null, null, null, "busybox").evaluate(ctx);
      CheckResult tagged = new ImageCheck(host + "/dlt-chk-loop", null, null, "busybox").evaluate(ctx);

      assertThat(registryHas.status()).as(registryHas.message()).isEqualTo(Status.PASSED);
      assertThat(tagged.status()).as(tagged.message()).isEqualTo(Status.PASSED);
    } finally {
      docker.run("rmi", loopback);
    }
  }

  @Test
  void containerRunByDigest_passesTheContainerFromImageCheck() {
    String digest = docker.engine().inspectImage("busybox").orElseThrow().repoDigests().stream()
        .filter(d -> d.startsWith(image + "@")).findFirst().orElseThrow();
    String name = "dlt-chk-bydigest-" + System.nanoTime();
    try {
      DockerRunner.Result run = docker.run("run", "-d", "--name", name, digest, "sleep", "60");
      assertThat(run.exitCode()).as(run.err()).isZero();
      CheckContext ctx = new CheckContext(docker.engine(), dir, dir.resolve("docker-config"), pinned("busybox:latest", "busybox:latest"), null);

      CheckResult r = new ContainerCheck(name, null, image, null, null, "busybox:latest", null).evaluate(ctx);

      assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
      assertThat(new ContainerCheck(name, null, image, null, null, "registry:2", null).evaluate(ctx).hint()).contains("wrong-image");
    } finally {
      docker.engine().removeContainer(name, true);
    }
  }

  @Test
  void loginToAnOpenRegistry_doesNotPassTheLoginCheck_itIsReportedOpen() {
    DockerRunner.Result login = docker.run("login", "-u", "x", "-p", "y", host);
    assertThat(login.exitCode()).as(login.err()).isZero();

    CheckResult r = new DockerConfigCheck(host, null, true, null).evaluate(ctx());

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains(host + " is an open registry").contains("REGISTRY_AUTH_HTPASSWD_REALM=Registry");
    assertThat(r.hint()).contains("registry-open");
    docker.run("logout", host);
  }

  @Test
  void catalog_throughTheHttpCheck() {
    CheckResult r =
        new HttpCheck("http://" + host + "/v2/_catalog", null, null, new HttpCheck.JsonExpectation("/repositories", "dlt-chk-busybox", null), null)
            .evaluate(ctx());

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
  }
}
