package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.evidence.Evidence;
import org.junit.jupiter.api.Test;

/** {@code type: event}: what the engine reports happened, whoever did it; a look-alike state is not enough. */
class EventCheckTest {
  private static final EventCheck PULLED = new EventCheck("image", "pull", "localhost:5001/student/myapp", "pull student/myapp");
  private static final EventCheck EXPORTED = new EventCheck("container", "export", "box", "export the container box");

  private static CheckResult run(EventCheck check, EngineEvent... events) {
    return check.evaluate(new CheckContext(null, null, null, new Evidence(Instant.EPOCH, Map.of(), List.of(events), List.of()), Map.of()));
  }

  private static EngineEvent image(String action, String id, String name) {
    return new EngineEvent("image", action, id, name == null ? Map.of() : Map.of("name", name), Instant.now());
  }

  @Test
  void pull_byTag_byDigest_orBy127_passes() {
    assertThat(run(PULLED, image("pull", "localhost:5001/student/myapp:latest", "localhost:5001/student/myapp")).status()).isEqualTo(Status.PASSED);
    assertThat(run(PULLED, image("pull", "127.0.0.1:5001/student/myapp@sha256:" + "a".repeat(64), null)).status()).isEqualTo(Status.PASSED);
    assertThat(run(PULLED, image("pull", "localhost:5001/student/myapp:v1", null)).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void noEvent_anotherAction_orAnotherRepository_fails_sayingWhatWasSeen() {
    assertThat(run(PULLED).status()).isEqualTo(Status.FAILED);
    assertThat(run(PULLED).message()).contains("no image pull");
    assertThat(run(PULLED, image("tag", "sha256:" + "b".repeat(64), "localhost:5001/student/myapp:latest")).status()).isEqualTo(Status.FAILED);
    CheckResult other = run(PULLED, image("pull", "localhost:5000/myapp:latest", "localhost:5000/myapp"));
    assertThat(other.status()).isEqualTo(Status.FAILED);
    assertThat(other.message()).contains("localhost:5000/myapp");
    assertThat(run(PULLED, image("pull", "localhost:5001/student/other:latest", null)).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void container_byName_andAnyImport_withoutName() {
    EngineEvent export = new EngineEvent("container", "export", "c0ffee", Map.of("name", "box"), Instant.now());
    assertThat(run(EXPORTED, export).status()).isEqualTo(Status.PASSED);
    assertThat(run(EXPORTED, new EngineEvent("container", "export", "c0ffee", Map.of("name", "other"), Instant.now())).status()).isEqualTo(Status.FAILED);
    EventCheck imported = new EventCheck("image", "import", null, "import a file system");
    assertThat(run(imported, image("import", "sha256:" + "c".repeat(64), "sha256:" + "c".repeat(64))).status()).isEqualTo(Status.PASSED);
    assertThat(run(imported, image("load", "busybox:latest", null)).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void badFields_areNamed() {
    assertThatThrownBy(() -> new EventCheck("volume", "create", null, "x")).hasMessageStartingWith("object:");
    assertThatThrownBy(() -> new EventCheck("image", "Pull!", null, "x")).hasMessageStartingWith("action:");
    assertThatThrownBy(() -> new EventCheck("image", "pull", null, " ")).hasMessageStartingWith("describe:");
  }
}
