package org.dockerlab.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dockerlab.archive.ArchiveFixtures.CONFIG_HEX;
import static org.dockerlab.archive.ArchiveFixtures.LAYER_HEX;
import static org.dockerlab.archive.ArchiveFixtures.XZ_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.ZSTD_HEAD;
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
import org.dockerlab.archive.ArchiveContents.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveContentsTest {
  private static final ArchivedImage BUSYBOX = new ArchivedImage(List.of("busybox:latest"), "sha256:" + CONFIG_HEX, 1, List.of("sha256:" + LAYER_HEX));

  @TempDir Path dir;

  @Test
  void legacyLayout_givesTagsConfigDigestAndDiffIds() throws Exception {
    ArchiveContents read = ArchiveContents.read(write(dir, "busybox.tar", tar(legacy("busybox:latest"))));

    assertThat(read).isEqualTo(new ArchiveContents(Compression.NONE, Layout.LEGACY, List.of(BUSYBOX)));
  }

  @Test
  void ociLayout_followsTheIndexToTheManifest_andTheConfigToTheDiffIds() throws Exception {
    ArchiveContents read = ArchiveContents.read(write(dir, "busybox.tar", tar(ociOnly("docker.io/library/busybox:latest"))));

    assertThat(read.layout()).isEqualTo(Layout.OCI);
    assertThat(read.images())
        .containsExactly(new ArchivedImage(List.of("docker.io/library/busybox:latest"), "sha256:" + CONFIG_HEX, 2, List.of("sha256:" + LAYER_HEX)));
  }

  @Test
  void bothLayouts_asNewEnginesWriteThem_readTheLegacyManifest() throws Exception {
    Map<String, byte[]> entries = ociOnly("docker.io/library/busybox:latest");
    entries.putAll(legacy("busybox:latest"));

    assertThat(ArchiveContents.read(write(dir, "busybox.tar", tar(entries))).layout()).isEqualTo(Layout.LEGACY);
  }

  @Test
  void docker25Layout_legacyManifestPointingIntoTheBlobs_givesTheDiffIds() throws Exception {
    Map<String, byte[]> entries = ociOnly("docker.io/library/busybox:latest");
    entries.put(
        "manifest.json",
        utf8("[{\"Config\":\"blobs/sha256/" + CONFIG_HEX + "\",\"RepoTags\":[\"busybox:latest\"],\"Layers\":[\"blobs/sha256/" + LAYER_HEX + "\"]}]"));

    ArchiveContents read = ArchiveContents.read(write(dir, "busybox.tar", tar(entries)));

    assertThat(read).isEqualTo(new ArchiveContents(Compression.NONE, Layout.LEGACY, List.of(BUSYBOX)));
  }

  @Test
  void configAfterTheManifest_stillGivesTheDiffIds() throws Exception {
    Map<String, byte[]> entries = legacy("busybox:latest");
    byte[] config = entries.remove(CONFIG_HEX + ".json");
    entries.put(CONFIG_HEX + ".json", config);

    assertThat(ArchiveContents.read(write(dir, "busybox.tar", tar(entries))).images()).containsExactly(BUSYBOX);
  }

  @Test
  void configMissing_leavesTheDiffIdsEmpty() throws Exception {
    Map<String, byte[]> entries = legacy("busybox:latest");
    entries.remove(CONFIG_HEX + ".json");

    ArchivedImage image = ArchiveContents.read(write(dir, "busybox.tar", tar(entries))).images().get(0);
    assertThat(image.configDigest()).isEqualTo("sha256:" + CONFIG_HEX);
    assertThat(image.diffIds()).isEmpty();
  }

  @Test
  void compression_isToldByTheBytes_notByTheName() throws Exception {
    byte[] tar = tar(legacy("busybox:latest"));

    ArchiveContents gzipNamedTar = ArchiveContents.read(write(dir, "busybox.tar", gzip(tar)));
    ArchiveContents tarNamedGz = ArchiveContents.read(write(dir, "busybox.tar.gz", tar));
    ArchiveContents bzip2NamedTar = ArchiveContents.read(write(dir, "b.tar", bzip2(tar)));

    assertThat(gzipNamedTar).isEqualTo(new ArchiveContents(Compression.GZIP, Layout.LEGACY, List.of(BUSYBOX)));
    assertThat(tarNamedGz.compression()).isEqualTo(Compression.NONE);
    assertThat(bzip2NamedTar).isEqualTo(new ArchiveContents(Compression.BZIP2, Layout.LEGACY, List.of(BUSYBOX)));
  }

  @Test
  void xzAndZstd_areNamed_asFormatsTheLabCannotLookInside() throws Exception {
    Path xz = write(dir, "busybox.tar.xz", XZ_HEAD);
    Path zstd = write(dir, "busybox.tar", ZSTD_HEAD);

    assertThatThrownBy(() -> ArchiveContents.read(xz))
        .isInstanceOf(InvalidArchiveException.class)
        .hasMessage("is xz-compressed, which dockerlab cannot look inside (it reads gzip, bzip2 or uncompressed archives)");
    assertThatThrownBy(() -> ArchiveContents.read(zstd)).hasMessageStartingWith("is zstd-compressed, which dockerlab cannot look inside");
  }

  @Test
  void severalImages_areListed_withTheirTagsOnceInOrder() throws Exception {
    Map<String, byte[]> entries = legacy("busybox:latest");
    String two = "{\"Config\":\"" + CONFIG_HEX + ".json\",\"RepoTags\":[\"myimage:latest\",\"busybox:latest\"],\"Layers\":[\"" + LAYER_HEX + "/layer.tar\"]}";
    String one = new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
    entries.put("manifest.json", utf8(one.substring(0, one.length() - 1) + "," + two + "]"));

    ArchiveContents read = ArchiveContents.read(write(dir, "two.tar", tar(entries)));

    assertThat(read.images()).hasSize(2);
    assertThat(read.tags()).containsExactly("busybox:latest", "myimage:latest");
    assertThat(read.image("myimage:latest"::equals).orElseThrow().tags()).containsExactly("myimage:latest", "busybox:latest");
    assertThat(read.image("other:latest"::equals)).isEmpty();
  }

  @Test
  void image_ofAnArchiveSavedById_isItsOnlyImage() throws Exception {
    ArchiveContents read = ArchiveContents.read(write(dir, "byid.tar", tar(legacy())));

    assertThat(read.tags()).isEmpty();
    assertThat(read.image("busybox:latest"::equals)).contains(new ArchivedImage(List.of(), "sha256:" + CONFIG_HEX, 1, List.of("sha256:" + LAYER_HEX)));
  }

  @Test
  void damage_isNamedInWordsThatCompleteTheFileName() throws Exception {
    byte[] whole = tar(legacy("busybox:latest"));
    byte[] gz = gzip(whole);
    Map<String, byte[]> badManifest = legacy("busybox:latest");
    badManifest.put("manifest.json", utf8("[{\"Config\": "));

    assertThat(problem("cut.tar", Arrays.copyOf(whole, 100_000))).isEqualTo("is not a complete docker archive: it ends too early (was it written completely?)");
    assertThat(problem("cut.tar.gz", Arrays.copyOf(gz, gz.length / 2))).isEqualTo("is not a complete docker archive: it ends too early (was it written completely?)");
    assertThat(problem("text.tar", utf8("docker save busybox > busybox.tar\n".repeat(40)))).isEqualTo("is not a docker archive: it is not a tar file");
    assertThat(problem("empty.tar", new byte[0])).isEqualTo("is not a docker image archive: it is empty or not a tar file");
    assertThat(problem("bad.tar", tar(badManifest))).isEqualTo("is not a complete docker archive: its manifest.json is not valid JSON");
    assertThat(problem("notes.tar", tar(Map.of("notes.txt", utf8("hello")))))
        .isEqualTo("is not a complete docker archive: it has no manifest.json or index.json, which docker save writes last");
  }

  private String problem(String name, byte[] data) throws Exception {
    Path file = write(dir, name, data);
    try {
      ArchiveContents.read(file);
    } catch (InvalidArchiveException e) {
      return e.getMessage();
    }
    throw new AssertionError(name + " was read as a docker archive");
  }
}
