package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dockerlab.archive.ArchiveFixtures.CONFIG_HEX;
import static org.dockerlab.archive.ArchiveFixtures.gzip;
import static org.dockerlab.archive.ArchiveFixtures.legacy;
import static org.dockerlab.archive.ArchiveFixtures.tar;
import static org.dockerlab.archive.ArchiveFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.evidence.Identity;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code type: loaded}: the engine's own load events decide, whichever terminal or form of docker load caused them. */
class LoadedCheckTest {
  static final Instant WRITTEN = Instant.parse("2026-12-03T02:00:00Z");
  static final String ID = "sha256:" + CONFIG_HEX;

  @TempDir Path dir;

  private CheckResult evaluate(LoadedCheck check, EngineEvent... events) {
    Evidence evidence = new Evidence(WRITTEN.minusSeconds(600), Map.of("busybox:latest", new Identity(ID, ID, List.of())), List.of(events), List.of());
    return check.evaluate(new CheckContext(new FakeGateway(), dir, dir, evidence, null));
  }

  private static EngineEvent load(String id, Instant at) {
    return new EngineEvent("image", "load", id, Map.of("name", id), at);
  }

  private void archive(String name) throws Exception {
    Path file = write(dir, name, name.endsWith(".gz") ? gzip(tar(legacy("busybox:latest"))) : tar(legacy("busybox:latest")));
    Files.setLastModifiedTime(file, FileTime.from(WRITTEN));
  }

  @Test
  void aLoadOfTheArchivesImage_afterTheFileWasWritten_passes_whateverFormOrTerminalCausedIt() throws Exception {
    archive("busybox.tar.gz");

    CheckResult r = evaluate(new LoadedCheck("busybox.tar.gz", null), load(ID, WRITTEN.plusSeconds(5)));

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(r.evidence()).containsEntry("loadedImage", ID);
  }

  @Test
  void nothingLoaded_fails_sayingThatAFailedLoadLoadsNothing() throws Exception {
    archive("busybox.tar");

    CheckResult r = evaluate(new LoadedCheck("busybox.tar", null), new EngineEvent("image", "save", ID, Map.of(), WRITTEN.plusSeconds(1)));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("a docker load that failed loads nothing").endsWith("docker load -i busybox.tar");
    assertThat(r.found()).startsWith("no docker load since busybox.tar was written");
    assertThat(r.hint()).contains("not-loaded");
  }

  @Test
  void aLoadBeforeTheArchiveWasWritten_orOfAnotherImage_doesNotCount() throws Exception {
    archive("busybox.tar.gz");
    String other = "sha256:" + "9".repeat(64);

    CheckResult before = evaluate(new LoadedCheck("busybox.tar.gz", null), load(ID, WRITTEN.minusSeconds(60)));
    CheckResult wrong = evaluate(new LoadedCheck("busybox.tar.gz", null), load(other, WRITTEN.plusSeconds(60)));

    assertThat(before.hint()).contains("loaded-before");
    assertThat(wrong.hint()).contains("loaded-other");
    assertThat(wrong.found()).isEqualTo("loads of 999999999999");
  }

  @Test
  void theImageForm_usesThePinnedIdentity_sinceTheStepBegan() {
    assertThat(new LoadedCheck(null, "busybox").pins()).containsExactly("busybox");

    assertThat(evaluate(new LoadedCheck(null, "busybox"), load(ID, WRITTEN)).status()).isEqualTo(Status.PASSED);
    assertThat(evaluate(new LoadedCheck(null, "busybox")).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void aPlainTarNamedGz_isNoArchiveToLoad() throws Exception {
    write(dir, "busybox.tar.gz", "not an archive".getBytes());

    CheckResult r = evaluate(new LoadedCheck("busybox.tar.gz", null), load(ID, Instant.now().plusSeconds(5)));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.hint()).contains("not-an-archive");
  }

  @Test
  void oneOfArchiveOrImage_isRequired() {
    assertThatThrownBy(() -> new LoadedCheck(null, null)).hasMessageStartingWith("archive or image:");
    assertThatThrownBy(() -> new LoadedCheck("a.tar", "busybox")).hasMessageStartingWith("archive or image:");
  }
}
