package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandInImageTest {
  @TempDir Path tmp;

  private Recipe recipe(Path program) {
    return new Recipe(
        List.of(
            ContextFile.fromHost("/bin/prog", program),
            ContextFile.hardLink("/bin/alias", "/bin/prog"),
            ContextFile.directory("/tmp", 01777),
            ContextFile.fromResource("/www/index.html", "/org/dockerlab/images/myapp-index.html", false)),
        new Recipe.ImageSettings(List.of(), List.of("prog"), List.of("8080/tcp"), List.of()),
        Optional.empty(),
        "nothing");
  }

  private static Map<String, TarArchiveEntry> entries(Path tar) throws Exception {
    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
        entries.put(e.getName(), e);
      }
    }
    return entries;
  }

  @Test
  void layer_hasParentsFirst_linksAfterTheirTargets_fixedTimesAndOwners_andModes() throws Exception {
    Path program = Files.writeString(tmp.resolve("prog"), "#!/bin/sh\necho hi\n");
    Path layer = tmp.resolve("layer.tar");
    StandInImage.writeLayer(recipe(program).files(), layer);

    Map<String, TarArchiveEntry> e = entries(layer);
    assertThat(new ArrayList<>(e.keySet())).containsExactly("bin/", "bin/prog", "tmp/", "www/", "www/index.html", "bin/alias");
    assertThat(e.get("bin/prog").getMode() & 07777).isEqualTo(0755);
    assertThat(e.get("tmp/").getMode() & 07777).isEqualTo(01777);
    assertThat(e.get("www/index.html").getMode() & 07777).isEqualTo(0644);
    assertThat(e.get("bin/alias").isLink()).isTrue();
    assertThat(e.get("bin/alias").getLinkName()).isEqualTo("bin/prog");
    for (TarArchiveEntry entry : e.values()) {
      assertThat(entry.getModTime().toInstant()).isEqualTo(StandInImage.CREATED);
      assertThat(entry.getLongUserId()).isZero();
      assertThat(entry.getLongGroupId()).isZero();
    }
  }

  @Test
  void sameSources_giveTheSameArchive_byteForByte_evenWhenTheHostFileIsTouched() throws Exception {
    Path program = Files.writeString(tmp.resolve("prog"), "#!/bin/sh\necho hi\n");
    Path a = tmp.resolve("a.tar");
    Path b = tmp.resolve("b.tar");
    StandInImage.write("x:latest", null, recipe(program), Map.of("org.dockerlab.source", "test"), a);
    Files.setLastModifiedTime(program, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    StandInImage.write("x:latest", null, recipe(program), Map.of("org.dockerlab.source", "test"), b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void archive_isADockerArchive_whoseConfigNamesTheLayer_theSettingsAndLabels() throws Exception {
    Path program = Files.writeString(tmp.resolve("prog"), "#!/bin/sh\necho hi\n");
    Path archive = tmp.resolve("image.tar");
    StandInImage.write("x:latest", null, recipe(program), Map.of("org.dockerlab.source", "test"), archive);

    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(archive); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
        files.put(e.getName(), t.readAllBytes());
      }
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(files.get("manifest.json")).path(0);
    assertThat(manifest.path("RepoTags").path(0).asText()).isEqualTo("x:latest");
    JsonNode config = json.readTree(files.get(manifest.path("Config").asText()));
    assertThat(config.path("created").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(config.path("config").path("Cmd").path(0).asText()).isEqualTo("prog");
    assertThat(config.path("config").path("ExposedPorts").has("8080/tcp")).isTrue();
    String layerName = manifest.path("Layers").path(0).asText();
    String diffId = config.path("rootfs").path("diff_ids").path(0).asText();
    assertThat(config.path("config").path("Labels").path("org.dockerlab.stand-in").asText()).as("its own layer").isEqualTo(diffId);
    assertThat(config.path("config").path("Labels").path("org.dockerlab.source").asText()).isEqualTo("test");
    assertThat(layerName).isEqualTo(diffId.substring("sha256:".length()) + "/layer.tar");
    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(files.get(layerName))))
        .isEqualTo(diffId.substring("sha256:".length()));
    assertThat(new String(files.get(layerName), StandardCharsets.ISO_8859_1)).contains("echo hi");
  }

  @Test
  void everyLabImage_hasARecipe_andBuildsOnLabImagesOnly() {
    for (LabImage image : LabImages.all()) {
      Recipe r = image.recipe().get();
      assertThat(r.settings().cmd()).as(image.reference()).isNotEmpty();
      r.base().ifPresent(base -> assertThat(LabImages.find(base)).as(image.reference() + " base").isPresent());
    }
  }
}
