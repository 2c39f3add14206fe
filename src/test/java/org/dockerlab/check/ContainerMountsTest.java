package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container check's mounts and created-after-push: where a registry keeps its data, and whether it outlived a container. */
class ContainerMountsTest {
  private static final String REGISTRY = "sha256:7311c62a816f31e7d2d2a0ba9e8b1c9f1e4b9a0c7e41a8b1e0a7f2d61c6d2b11";

  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage(REGISTRY, "registry:2");

  private void docker(String... args) {
    new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  private static ContainerCheck mounts(String... mounts) {
    return new ContainerCheck("registry", true, "registry:2", List.of("5000:5000"), List.of(), null, null, List.of(mounts), null);
  }

  private static ContainerCheck afterPush() {
    return new ContainerCheck("registry", true, "registry:2", List.of(), List.of(), null, null, List.of("registry-data:/var/lib/registry"), "localhost:5000/myapp");
  }

  private CheckResult evaluate(ContainerCheck check, Evidence evidence) {
    return check.evaluate(new CheckContext(engine, dir, dir, evidence, null));
  }

  private static Evidence since(Instant since, EngineEvent... events) {
    return new Evidence(since, Map.of(), List.of(events), List.of());
  }

  private static EngineEvent push(Instant at) {
    return new EngineEvent("image", "push", "localhost:5000/myapp:latest", Map.of("name", "localhost:5000/myapp:latest"), at);
  }

  @Test
  void theNamedVolumeOnThePath_passes_andAPathAloneTakesAnyNamedOne() {
    docker("run", "-d", "-p", "5000:5000", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");

    assertThat(evaluate(mounts("registry-data:/var/lib/registry"), Evidence.NONE).status()).isEqualTo(Status.PASSED);
    assertThat(evaluate(mounts("/var/lib/registry"), Evidence.NONE).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void noVolume_says_theDataGoesWithTheContainer_andHowToRunIt() {
    docker("run", "-d", "-p", "5000:5000", "--name", "registry", "registry:2");

    CheckResult r = evaluate(mounts("registry-data:/var/lib/registry"), Evidence.NONE);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).isEqualTo("registry has nothing mounted on /var/lib/registry (found: no mounts), so what it writes there goes with the container:"
        + " volumes are set when a container is created: docker rm -f registry, then docker run -d --name registry -p 5000:5000 -v registry-data:/var/lib/registry registry:2");
  }

  @Test
  void anAnonymousVolume_orTheWrongPath_orAnotherVolume_fail() {
    docker("run", "-d", "-p", "5000:5000", "--name", "registry", "-v", "/var/lib/registry", "registry:2");
    CheckResult anonymous = evaluate(mounts("/var/lib/registry"), Evidence.NONE);
    assertThat(anonymous.status()).isEqualTo(Status.FAILED);
    assertThat(anonymous.message()).startsWith("registry has an anonymous volume on /var/lib/registry (");

    docker("rm", "-f", "registry");
    docker("run", "-d", "-p", "5000:5000", "--name", "registry", "-v", "registry-data:/data", "registry:2");
    assertThat(evaluate(mounts("registry-data:/var/lib/registry"), Evidence.NONE).message()).startsWith("registry has nothing mounted on /var/lib/registry (found: the volume registry-data on /data)");

    docker("rm", "-f", "registry");
    docker("run", "-d", "-p", "5000:5000", "--name", "registry", "-v", "other:/var/lib/registry", "registry:2");
    assertThat(evaluate(mounts("registry-data:/var/lib/registry"), Evidence.NONE).message()).startsWith("registry mounts the volume other on /var/lib/registry, not the volume registry-data");
  }

  @Test
  void createdAfterPush_passesForAContainerStartedAfterThePushAndTheStepsStart() {
    Instant stepStart = Instant.now().minusSeconds(60);
    EngineEvent pushed = push(Instant.now().minusSeconds(30));
    docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");

    assertThat(evaluate(afterPush(), since(stepStart, pushed)).status()).isEqualTo(Status.PASSED);
    assertThat(evaluate(afterPush(), since(stepStart)).status()).as("no push in this step").isEqualTo(Status.PASSED);
  }

  @Test
  void createdAfterPush_failsForTheContainerThatReceivedThePush() {
    docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");
    EngineEvent pushed = push(Instant.now().plusSeconds(1));

    CheckResult r = evaluate(afterPush(), since(Instant.now().minusSeconds(60), pushed));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("registry was started before localhost:5000/myapp was last pushed, so it holds the image because it received it");
    assertThat(r.hint()).hasValue("not-replaced");
  }

  @Test
  void createdAfterPush_failsForTheContainerThatWasThereWhenTheStepBegan() {
    docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");

    CheckResult r = evaluate(afterPush(), since(Instant.now().plusSeconds(1)));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("registry is the container that was there when this step began: remove it and start a new one on the same volume");
  }

  @Test
  void badMounts_areRefusedNamingTheField() {
    assertThatThrownBy(() -> mounts("var/lib/registry")).hasMessageStartingWith("mounts: write each as VOLUME:/path");
    assertThatThrownBy(() -> mounts("./data:/var/lib/registry")).hasMessageStartingWith("mounts: write each as VOLUME:/path");
  }

  @Test
  void byDigest_failsForATag_andPassesForADigest() {
    engine.withImage("sha256:" + "c".repeat(64), "localhost:5000/myapp:latest", "localhost:5000/myapp@sha256:" + "d".repeat(64));
    ContainerCheck pinned = new ContainerCheck("web", true, "localhost:5000/myapp", List.of(), List.of(), null, null, List.of(), null, true);
    docker("run", "-d", "--name", "web", "localhost:5000/myapp");

    CheckResult byTag = evaluate(pinned, Evidence.NONE);
    assertThat(byTag.status()).isEqualTo(Status.FAILED);
    assertThat(byTag.message()).startsWith("web was created from localhost:5000/myapp, a tag, which may name other content tomorrow: pin it to a digest");
    assertThat(byTag.hint()).hasValue("not-by-digest");

    docker("rm", "-f", "web");
    docker("run", "-d", "--name", "web", "localhost:5000/myapp@sha256:" + "d".repeat(64));
    assertThat(evaluate(pinned, Evidence.NONE).status()).isEqualTo(Status.PASSED);
    assertThatThrownBy(() -> new ContainerCheck("web", true, null, List.of(), List.of(), null, null, List.of(), null, true)).hasMessageStartingWith("by-digest: say which image");
  }
}
