package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.evidence.Identity;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks about an image compare what it is (pinned when the lesson began), not what it is called. */
class IdentityChecksTest {
  static final String MYAPP = "sha256:" + "a1".repeat(32);
  static final String BUSYBOX = "sha256:" + "b2".repeat(32);
  static final List<String> MYAPP_LAYERS = List.of("sha256:" + "01".repeat(32), "sha256:" + "02".repeat(32));
  static final List<String> BUSYBOX_LAYERS = List.of("sha256:" + "01".repeat(32));

  @TempDir Path dir;

  private FakeGateway engine() {
    return new FakeGateway()
        .withImage(new ImageDetails(MYAPP, List.of("myapp:latest"), List.of(), null, 1, MYAPP_LAYERS))
        .withImage(new ImageDetails(BUSYBOX, List.of("busybox:latest"), List.of(), null, 1, BUSYBOX_LAYERS));
  }

  private static Evidence pinnedMyapp() {
    return new Evidence(Instant.EPOCH, Map.of("myapp:latest", new Identity(MYAPP, MYAPP, MYAPP_LAYERS)), List.of(), List.of());
  }

  private CheckContext ctx(FakeGateway engine, Evidence evidence) {
    return new CheckContext(engine, dir, dir, evidence, null);
  }

  @Test
  void sameAs_isPinned_soTheCheckNamesTheImageItIsAbout() {
    assertThat(new ImageCheck("localhost:5000/myapp", null, null, "myapp").pins()).containsExactly("myapp");
    assertThat(new RegistryCheck("localhost:5000", "myapp", null, null, null, "myapp:latest").pins()).containsExactly("myapp:latest");
    assertThat(new ContainerCheck("myapp", null, "localhost:5000/myapp", null, null, "myapp:latest", null).pins()).containsExactly("myapp:latest");
  }

  @Test
  void notSameAs_passesForANewVersion_andFailsForTheSameContentUnderANewTag() {
    FakeGateway engine = engine();
    engine.tag("myapp", "localhost:5000/myapp:1.1");
    ImageCheck newVersion = new ImageCheck("localhost:5000/myapp:1.1", null, null, null, "myapp:latest");

    CheckResult same = newVersion.evaluate(ctx(engine, pinnedMyapp()));
    assertThat(same.status()).isEqualTo(Status.FAILED);
    assertThat(same.message()).startsWith("localhost:5000/myapp:1.1 is the same image as myapp:latest").contains("a new version needs new content");
    assertThat(same.hint()).contains("same-content");
    assertThat(newVersion.pins()).containsExactly("myapp:latest");

    engine.tag("busybox", "localhost:5000/myapp:1.1");
    assertThat(newVersion.evaluate(ctx(engine, pinnedMyapp())).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void tagOfTheWrongImage_underTheRightName_fails_withTheImageFound() {
    FakeGateway engine = engine();
    engine.tag("busybox", "localhost:5000/myapp");

    CheckResult r = new ImageCheck("localhost:5000/myapp", null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.found()).isEqualTo("localhost:5000/myapp = image " + BUSYBOX.substring(7, 19));
    assertThat(r.expected()).contains("myapp:latest", MYAPP.substring(7, 19));
    assertThat(r.hint()).contains("wrong-image");
  }

  @Test
  void tagOnLoopbackAddress_countsForLocalhost_andThePinnedImageSurvivesRmiOfItsName() {
    FakeGateway engine = engine();
    engine.tag("myapp", "127.0.0.1:5000/myapp");
    engine.removeImage("myapp:latest", false);

    CheckResult r = new ImageCheck("localhost:5000/myapp", null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
  }

  @Test
  void withoutAnAttempt_sameAs_comparesWithTheImageAsItIsNow() {
    FakeGateway engine = engine();
    engine.tag("myapp", "localhost:5000/myapp");

    assertThat(new ImageCheck("localhost:5000/myapp", null, null, "myapp").evaluate(ctx(engine, null)).status()).isEqualTo(Status.PASSED);
    assertThat(new ImageCheck("localhost:5000/myapp", null, null, "busybox").evaluate(ctx(engine, null)).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void containerRunByDigest_orFromLoopback_passes_whenItRunsThePinnedImage() {
    FakeGateway engine = engine();
    engine.tag("myapp", "localhost:5000/myapp@sha256:" + "cd".repeat(32));
    engine.tag("myapp", "127.0.0.1:5000/myapp");
    ContainerCheck check = new ContainerCheck("myapp", null, "localhost:5000/myapp", null, null, "myapp:latest", null);

    run(engine, "web", "localhost:5000/myapp@sha256:" + "cd".repeat(32));
    run(engine, "web2", "127.0.0.1:5000/myapp");

    assertThat(new ContainerCheck("web", null, "localhost:5000/myapp", null, null, "myapp:latest", null).evaluate(ctx(engine, pinnedMyapp())).status())
        .isEqualTo(Status.PASSED);
    assertThat(new ContainerCheck("web2", null, "localhost:5000/myapp", null, null, "myapp:latest", null).evaluate(ctx(engine, pinnedMyapp())).status())
        .isEqualTo(Status.PASSED);
    assertThat(check.evaluate(ctx(engine, pinnedMyapp())).message()).startsWith("there is no container named myapp");
  }

  @Test
  void containerFromTheWrongImageUnderTheRightName_fails() {
    FakeGateway engine = engine();
    engine.tag("busybox", "localhost:5000/myapp");
    run(engine, "myapp", "localhost:5000/myapp");

    CheckResult r = new ContainerCheck("myapp", null, "localhost:5000/myapp", null, null, "myapp:latest", null).evaluate(ctx(engine, pinnedMyapp()));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.found()).isEqualTo("localhost:5000/myapp = image " + BUSYBOX.substring(7, 19));
    assertThat(r.hint()).contains("wrong-image");
    // running localhost:5000/myapp again would run busybox again: the name is pointed at the right image first
    assertThat(r.message()).endsWith(
        "docker tag myapp:latest localhost:5000/myapp && docker rm -f myapp && docker run -d --name myapp localhost:5000/myapp");
    run(engine, "web", "busybox");
    assertThat(new ContainerCheck("web", null, null, null, null, "myapp:latest", null).evaluate(ctx(engine, pinnedMyapp())).message())
        .endsWith(": docker rm -f web, then docker run -d --name web myapp:latest");
  }

  @Test
  void envSetToSomethingElse_saysTheValueFound_notNotSet() {
    FakeGateway engine = engine();
    engine.createContainer(new ContainerSpec("registry", "myapp", List.of(), Map.of("REGISTRY_AUTH", "token"), List.of(), Map.of()));
    engine.startContainer("registry");

    CheckResult r = new ContainerCheck("registry", null, null, null, List.of("REGISTRY_AUTH=htpasswd", "X=1"), null, null).evaluate(ctx(engine, null));

    assertThat(r.found()).isEqualTo("REGISTRY_AUTH=token, X not set");
    assertThat(r.expected()).isEqualTo("REGISTRY_AUTH=htpasswd, X=1");
  }

  @Test
  void containerThatExited_isExplainedByTheLastLinesOfItsLog() {
    FakeGateway engine = engine().containerOutput("starting\npanic: \"realm\" must be set for htpasswd access controller\n", 2);
    engine.createContainer(new ContainerSpec("registry", "myapp", List.of(), Map.of(), List.of(), Map.of()));

    CheckResult r = new ContainerCheck("registry", null, null, null, null, null,
        "docker run -d --name registry -e REGISTRY_AUTH_HTPASSWD_REALM=Registry registry:2").evaluate(ctx(engine, null));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("\"realm\" must be set").contains("docker rm -f registry && docker run -d --name registry -e REGISTRY_AUTH_HTPASSWD_REALM=Registry registry:2");
    assertThat(r.found()).endsWith("panic: \"realm\" must be set for htpasswd access controller");
    assertThat(r.hint()).contains("exited");
  }

  @Test
  void containerThatCrashedOnItsConfiguration_isNotToldToStart_butToRunAgainWithTheSettingItsLogAsksFor() {
    FakeGateway engine = engine().containerOutput(
        "time=\"2026-12-03T04:00:00Z\" level=info msg=\"redis not configured\"\n"
            + "panic: unable to configure authorization (htpasswd): \"realm\" must be set for htpasswd access controller\n\n"
            + "goroutine 1 [running]:\nmain.main()\n\t/go/src/main.go:24 +0x1b\n", 2);
    engine.createContainer(new ContainerSpec("registry", "myapp", List.of(), Map.of("REGISTRY_AUTH", "htpasswd"), List.of(), Map.of()));

    CheckResult r = new ContainerCheck("registry", null, null, List.of("5000:5000"), List.of("REGISTRY_AUTH=htpasswd")).evaluate(ctx(engine, null));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message())
        .contains("it needs REGISTRY_AUTH_HTPASSWD_REALM, so docker start would only crash it again")
        .endsWith("docker rm -f registry && docker run -d --name registry -p 5000:5000 -e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_REALM=VALUE IMAGE")
        .doesNotContain("docker start registry");
    assertThat(r.hint()).contains("exited");
  }

  @Test
  void containerThatWasStopped_withNoErrorInItsLog_isToldToStartAgain() {
    FakeGateway engine = engine().containerOutput(
        "time=\"2026-12-03T04:00:00Z\" level=info msg=\"listening on [::]:5000\"\n"
            + "time=\"2026-12-03T04:00:01Z\" level=error msg=\"response completed with error\" err.code=\"manifest unknown\"\n", 0);
    engine.createContainer(new ContainerSpec("registry", "myapp", List.of(), Map.of(), List.of(), Map.of()));

    CheckResult r = new ContainerCheck("registry", null, null, null, null).evaluate(ctx(engine, null));

    assertThat(r.message()).contains("show no error").endsWith("start it again: docker start registry").doesNotContain("docker rm -f");
    assertThat(r.hint()).contains("not-running");
  }

  @Test
  void registryHoldingAnotherImageUnderTheName_fails_andThePinnedOnePasses_afterItsLocalNamesAreGone() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      FakeGateway engine = engine();
      RegistryCheck check = new RegistryCheck(registry.host(), "myapp", null, null, null, "myapp:latest");

      registry.push("myapp:latest", BUSYBOX, BUSYBOX_LAYERS.toArray(String[]::new));
      CheckResult wrong = check.evaluate(ctx(engine, pinnedMyapp()));
      assertThat(wrong.status()).isEqualTo(Status.FAILED);
      assertThat(wrong.message()).contains("is another image (" + BUSYBOX.substring(7, 19) + ")").contains("docker tag myapp:latest " + registry.host() + "/myapp:latest");
      assertThat(wrong.hint()).contains("wrong-image");

      registry.push("myapp:latest", MYAPP, MYAPP_LAYERS.toArray(String[]::new));
      engine.removeImage("myapp:latest", false);
      CheckResult right = check.evaluate(ctx(engine, pinnedMyapp()));
      assertThat(right.status()).as(right.message()).isEqualTo(Status.PASSED);
      assertThat(right.evidence()).containsEntry("configDigest", MYAPP);
    }
  }

  @Test
  void tagThatExistsLocally_butWasNeverPushed_saysSo() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      FakeGateway engine = engine();
      engine.tag("myapp", registry.host() + "/myapp");

      CheckResult r = new RegistryCheck(registry.host(), "myapp", null, null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));

      assertThat(r.message()).contains("exists locally, but the registry has no manifest for it: push it: docker push " + registry.host() + "/myapp:latest");
      assertThat(r.hint()).contains("tag-not-pushed");
    }
  }

  @Test
  void registryHoldingAnotherImage_whileTheLocalTagIsTheRightOne_isFixedByAPush_notByATagOfTheNameToItself() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      FakeGateway engine = engine();
      engine.tag("myapp", registry.host() + "/myapp");
      registry.push("myapp:latest", BUSYBOX, BUSYBOX_LAYERS.toArray(String[]::new));

      CheckResult r = new RegistryCheck(registry.host(), "myapp", null, null, registry.host() + "/myapp").evaluate(ctx(engine, null));

      assertThat(r.status()).isEqualTo(Status.FAILED);
      assertThat(r.message()).endsWith("docker push " + registry.host() + "/myapp:latest").doesNotContain("docker tag");
      assertThat(r.hint()).contains("wrong-image");
    }
  }

  @Test
  void registryLackingTheTag_whileTheLocalTagIsAnotherImage_saysToTagTheRightOneBeforePushing() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      FakeGateway engine = engine();
      engine.tag("busybox", registry.host() + "/myapp");

      CheckResult r = new RegistryCheck(registry.host(), "myapp", null, null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));

      assertThat(r.status()).isEqualTo(Status.FAILED);
      assertThat(r.message())
          .contains("the local tag " + registry.host() + "/myapp:latest is another image (" + BUSYBOX.substring(7, 19) + ")")
          .endsWith("docker tag myapp:latest " + registry.host() + "/myapp:latest && docker push " + registry.host() + "/myapp:latest")
          .doesNotContain("push it: docker push");
      assertThat(r.hint()).contains("wrong-image");
    }
  }

  @Test
  void thePinnedImage_afterItsNameMovedToAnotherImage_isTaggedByItsId() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      FakeGateway engine = engine();
      engine.tag("busybox", "myapp:latest");
      String id = MYAPP.substring(7, 19);

      CheckResult pushed = new RegistryCheck(registry.host(), "myapp", null, null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));
      CheckResult tagged = new ImageCheck("localhost:5000/myapp", null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp()));

      assertThat(pushed.message()).endsWith("docker tag " + id + " " + registry.host() + "/myapp:latest && docker push " + registry.host() + "/myapp:latest");
      assertThat(tagged.message()).contains("no image localhost:5000/myapp");
      engine.tag("busybox", "localhost:5000/myapp");
      assertThat(new ImageCheck("localhost:5000/myapp", null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp())).message())
          .endsWith("point the name at it: docker tag " + id + " localhost:5000/myapp");

      engine.removeImage(MYAPP, true);
      assertThat(new RegistryCheck(registry.host(), "myapp", null, null, null, "myapp:latest").evaluate(ctx(engine, pinnedMyapp())).message())
          .contains("the engine no longer has myapp:latest (" + id + ", as it was when the lesson began) under any name or ID: load or build it again")
          .doesNotContain("docker tag myapp:latest");
    }
  }

  private static void run(FakeGateway engine, String name, String image) {
    engine.createContainer(new ContainerSpec(name, image, List.of(), Map.of(), List.of(), Map.of()));
    engine.startContainer(name);
  }
}
