package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.archive.ArchiveFixtures.CONFIG_HEX;
import static org.dockerlab.archive.ArchiveFixtures.gzip;
import static org.dockerlab.archive.ArchiveFixtures.legacy;
import static org.dockerlab.archive.ArchiveFixtures.ociOnly;
import static org.dockerlab.archive.ArchiveFixtures.tar;
import static org.dockerlab.archive.ArchiveFixtures.utf8;
import static org.dockerlab.archive.ArchiveFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sameIdAsArchive}: the engine's image is the one in the archive, by config digest. */
class ImageCheckTest {
  @TempDir Path dir;

  private CheckResult check(String ref, String archive, String engineId) {
    ImageDetails image = new ImageDetails(engineId, List.of(ref.contains(":") ? ref : ref + ":latest"), List.of(), null, 1);
    CheckContext ctx = new CheckContext(new FakeGateway().withImage(image), dir, dir, null, null);
    return new ImageCheck(ref, null, archive).evaluate(ctx);
  }

  @Test
  void sameIdAsArchive_passes_whenTheImageIdIsTheArchivesConfigDigest() throws Exception {
    write(dir, "busybox.tar", tar(legacy("busybox:latest")));

    CheckResult r = check("busybox", "busybox.tar", "sha256:" + CONFIG_HEX);

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(r.message()).isEqualTo("busybox is the image saved in busybox.tar (" + CONFIG_HEX.substring(0, 12) + ")");
  }

  @Test
  void sameIdAsArchive_readsGzipAndOciArchives_andHubSpellings() throws Exception {
    write(dir, "busybox.tar.gz", gzip(tar(ociOnly("docker.io/library/busybox:latest"))));

    assertThat(check("busybox:latest", "busybox.tar.gz", "sha256:" + CONFIG_HEX).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void sameIdAsArchive_fails_whenTheEngineHasAnotherImage() throws Exception {
    write(dir, "busybox.tar", tar(legacy("busybox:latest")));

    CheckResult r = check("busybox", "busybox.tar", "sha256:" + "0".repeat(64));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).endsWith("is not the image in busybox.tar (" + CONFIG_HEX.substring(0, 12) + "): load it: docker load -i busybox.tar");
  }

  @Test
  void sameIdAsArchive_fails_whenTheArchiveHoldsAnotherImage() throws Exception {
    write(dir, "busybox.tar", tar(legacy("docker.io/library/myimage:latest")));

    CheckResult r = check("busybox", "busybox.tar", "sha256:" + CONFIG_HEX);

    assertThat(r.message()).isEqualTo("busybox.tar has no image busybox (it contains myimage:latest)");
  }

  @Test
  void sameIdAsArchive_ofADamagedArchive_namesTheFile() throws Exception {
    write(dir, "busybox.tar", utf8("not an archive\n".repeat(50)));

    assertThat(check("busybox", "busybox.tar", "sha256:" + CONFIG_HEX).message()).isEqualTo("busybox.tar is not a docker archive: it is not a tar file");
  }
}
