package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.archive.ArchiveFixtures.CONFIG_HEX;
import static org.dockerlab.archive.ArchiveFixtures.XZ_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.bzip2;
import static org.dockerlab.archive.ArchiveFixtures.gzip;
import static org.dockerlab.archive.ArchiveFixtures.legacy;
import static org.dockerlab.archive.ArchiveFixtures.ociOnly;
import static org.dockerlab.archive.ArchiveFixtures.tar;
import static org.dockerlab.archive.ArchiveFixtures.utf8;
import static org.dockerlab.archive.ArchiveFixtures.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerArchiveCheckTest {
  @TempDir Path dir;

  private CheckResult check(String path, List<String> tags, Integer minLayers, Boolean gzip) {
    return new DockerArchiveCheck(path, tags, minLayers, gzip).evaluate(new CheckContext(null, dir, dir, null, null));
  }

  @Test
  void legacyLayout_withTheTag_passes_withEvidence() throws Exception {
    write(dir, "busybox.tar", tar(legacy("busybox:latest")));

    CheckResult r = check("busybox.tar", List.of("busybox"), 1, false);

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(r.evidence())
        .containsEntry("tags", "busybox:latest")
        .containsEntry("layers", "1")
        .containsEntry("configDigest", "sha256:" + CONFIG_HEX)
        .containsEntry("compression", "none");
  }

  @Test
  void legacyLayout_withAnotherImage_saysWhatItContains_andHowToSave() throws Exception {
    write(dir, "busybox.tar", tar(legacy("myimage:latest")));

    CheckResult r = check("busybox.tar", List.of("busybox:latest"), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message())
        .isEqualTo("busybox.tar contains myimage:latest, not busybox:latest: save busybox into it: docker save busybox > busybox.tar");
    assertThat(r.found()).isEqualTo("myimage:latest");
  }

  @Test
  void hubSpellings_areTheSameTag() throws Exception {
    write(dir, "b.tar", tar(legacy("docker.io/library/busybox:latest")));

    assertThat(check("b.tar", List.of("busybox", "busybox:latest"), null, null).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void ociOnlyLayout_readsTagsFromAnnotations_andFollowsTheIndexToTheManifest() throws Exception {
    write(dir, "busybox.tar", tar(ociOnly("docker.io/library/busybox:latest")));

    CheckResult r = check("busybox.tar", List.of("busybox"), 2, null);

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(r.evidence()).containsEntry("layers", "2").containsEntry("configDigest", "sha256:" + CONFIG_HEX);
  }

  @Test
  void bothLayouts_asNewEnginesWriteThem_pass() throws Exception {
    Map<String, byte[]> entries = ociOnly("docker.io/library/busybox:latest");
    entries.putAll(legacy("busybox:latest"));
    write(dir, "busybox.tar", tar(entries));

    assertThat(check("busybox.tar", List.of("busybox"), null, null).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void gzip_isDetected_andMustMatchWhatIsAsked() throws Exception {
    write(dir, "myimage.tar.gz", gzip(tar(legacy("myimage:latest"))));
    write(dir, "plain.tar", tar(legacy("myimage:latest")));

    assertThat(check("myimage.tar.gz", List.of("myimage:latest"), null, true).evidence()).containsEntry("compression", "gzip");
    CheckResult notGzip = check("plain.tar", List.of("myimage:latest"), null, true);
    assertThat(notGzip.status()).isEqualTo(Status.FAILED);
    assertThat(notGzip.message()).isEqualTo("plain.tar is not compressed: pipe docker save through gzip: docker save myimage | gzip > plain.tar");
    assertThat(check("myimage.tar.gz", List.of(), null, false).message()).startsWith("myimage.tar.gz is gzip-compressed: save it without gzip");
  }

  @Test
  void bzip2_isReadToo() throws Exception {
    write(dir, "b.tar.bz2", bzip2(tar(legacy("busybox:latest"))));

    CheckResult r = check("b.tar.bz2", List.of("busybox"), null, false);
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
    assertThat(r.evidence()).containsEntry("compression", "bzip2");
  }

  @Test
  void gzipNamedTar_isSniffedAsGzip() throws Exception {
    write(dir, "busybox.tar", gzip(tar(legacy("busybox:latest"))));

    CheckResult asked = check("busybox.tar", List.of("busybox"), null, true);
    CheckResult notAsked = check("busybox.tar", List.of("busybox"), null, false);

    assertThat(asked.status()).as(asked.message()).isEqualTo(Status.PASSED);
    assertThat(asked.evidence()).containsEntry("compression", "gzip");
    assertThat(notAsked.message()).isEqualTo("busybox.tar is gzip-compressed: save it without gzip: docker save busybox > busybox.tar");
  }

  @Test
  void plainTarNamedTarGz_isNotCompressed() throws Exception {
    write(dir, "busybox.tar.gz", tar(legacy("busybox:latest")));

    CheckResult r = check("busybox.tar.gz", List.of("busybox"), null, true);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).isEqualTo("busybox.tar.gz is not compressed: pipe docker save through gzip: docker save busybox | gzip > busybox.tar.gz");
    assertThat(r.found()).isEqualTo("not compressed");
  }

  @Test
  void xz_isNamed_asAFormatTheLabCannotLookInside() throws Exception {
    write(dir, "busybox.tar.xz", XZ_HEAD);

    CheckResult r = check("busybox.tar.xz", List.of("busybox"), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message())
        .isEqualTo("busybox.tar.xz is xz-compressed, which dockerlab cannot look inside (it reads gzip, bzip2 or uncompressed archives); write it again: docker save busybox > busybox.tar.xz");
  }

  @Test
  void truncatedArchive_failsNamingTheFile() throws Exception {
    byte[] whole = tar(legacy("busybox:latest"));
    write(dir, "busybox.tar", Arrays.copyOf(whole, 100_000));

    CheckResult r = check("busybox.tar", List.of("busybox"), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message())
        .isEqualTo("busybox.tar is not a complete docker archive: it ends too early (was it written completely?); write it again: docker save busybox > busybox.tar");
  }

  @Test
  void truncatedGzip_fails() throws Exception {
    byte[] whole = gzip(tar(legacy("busybox:latest")));
    write(dir, "busybox.tar.gz", Arrays.copyOf(whole, whole.length / 2));

    CheckResult r = check("busybox.tar.gz", List.of("busybox"), null, true);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("busybox.tar.gz is not a complete docker archive: ");
  }

  @Test
  void corruptGzip_failsNamingTheFile() throws Exception {
    byte[] gz = gzip(tar(legacy("busybox:latest")));
    for (int i = gz.length / 3; i < gz.length / 3 + 32; i++) {
      gz[i] ^= 0x5a;
    }
    write(dir, "busybox.tar.gz", gz);

    CheckResult r = check("busybox.tar.gz", List.of("busybox"), null, true);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("busybox.tar.gz is not a ").doesNotContain("Exception");
  }

  @Test
  void textFile_isNotAnArchive() throws Exception {
    write(dir, "busybox.tar", utf8("docker save busybox > busybox.tar\n".repeat(40)));

    CheckResult r = check("busybox.tar", List.of(), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("busybox.tar is not a docker archive: it is not a tar file");
  }

  @Test
  void archiveCutBeforeItsManifest_isIncomplete() throws Exception {
    byte[] whole = tar(legacy("busybox:latest"));
    write(dir, "busybox.tar", Arrays.copyOf(whole, whole.length - 3000));

    assertThat(check("busybox.tar", List.of("busybox"), null, null).message()).startsWith("busybox.tar is not a complete docker archive: ");
  }

  @Test
  void emptyFile_isNotAnArchive() throws Exception {
    write(dir, "busybox.tar", new byte[0]);

    assertThat(check("busybox.tar", List.of(), null, null).message()).startsWith("busybox.tar is not a docker image archive: it is empty or not a tar file");
  }

  @Test
  void tarWithoutManifest_isNotADockerArchive() throws Exception {
    write(dir, "notes.tar", tar(Map.of("notes.txt", utf8("hello"))));

    assertThat(check("notes.tar", List.of(), null, null).message()).startsWith("notes.tar is not a complete docker archive: it has no manifest.json or index.json");
  }

  @Test
  void malformedManifest_fails() throws Exception {
    Map<String, byte[]> entries = legacy("busybox:latest");
    entries.put("manifest.json", utf8("[{\"Config\": "));
    write(dir, "busybox.tar", tar(entries));

    CheckResult r = check("busybox.tar", List.of("busybox"), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("busybox.tar is not a complete docker archive: its manifest.json is not valid JSON");
  }

  @Test
  void missingFile_saysHowToCreateIt() {
    CheckResult r = check("busybox.tar", List.of("busybox:latest"), null, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("busybox.tar is missing in ").endsWith(": create it: docker save busybox > busybox.tar");
  }

  @Test
  void tooFewLayers_fails() throws Exception {
    write(dir, "busybox.tar", tar(legacy("busybox:latest")));

    CheckResult r = check("busybox.tar", List.of(), 3, null);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.found()).isEqualTo("1 layers");
  }

  @Test
  void savedById_saysTheImageHasNoTag() throws Exception {
    write(dir, "busybox.tar", tar(legacy()));

    assertThat(check("busybox.tar", List.of("busybox"), null, null).message()).startsWith("busybox.tar contains an image without a tag (saved by ID?)");
  }
}
