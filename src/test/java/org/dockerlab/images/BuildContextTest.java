package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {
  @Test
  void write_putsTheDockerfileAndFiles_withTheirModes(@TempDir Path tmp) throws Exception {
    Path program = tmp.resolve("prog");
    Files.writeString(program, "#!/bin/sh\necho hi\n");
    Recipe recipe =
        new Recipe(
            "FROM scratch\nCOPY prog /prog\n",
            List.of(ContextFile.fromHost("prog", program), ContextFile.fromResource("index.html", "/org/dockerlab/images/myapp-index.html", false)),
            Optional.empty(),
            "nothing");
    Path tar = tmp.resolve("ctx.tar");
    BuildContext.write(recipe, tar);

    Map<String, TarArchiveEntry> entries = new HashMap<>();
    Map<String, String> contents = new HashMap<>();
    try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
        entries.put(e.getName(), e);
        contents.put(e.getName(), new String(t.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries).containsOnlyKeys("Dockerfile", "prog", "index.html");
    assertThat(contents.get("Dockerfile")).startsWith("FROM scratch");
    assertThat(contents.get("index.html")).contains("myapp");
    assertThat(entries.get("prog").getMode() & 0777).isEqualTo(0755);
    assertThat(entries.get("index.html").getMode() & 0777).isEqualTo(0644);
  }

  @Test
  void everyLabImage_hasARecipe_andBuildsOnLabImagesOnly() {
    for (LabImage image : LabImages.all()) {
      Recipe r = image.recipe().get();
      assertThat(r.dockerfile()).as(image.reference()).startsWith("FROM ");
      r.base().ifPresent(base -> assertThat(LabImages.find(base)).as(image.reference() + " base").isPresent());
    }
  }
}
