package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.io.CancelToken;
import org.dockerlab.testing.Cli;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TempLab;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code images export} and {@code images import} against the real engine. The shared lab images are never
 * removed (other tests use them): the full bundle is imported over them, and the remove-and-restore round
 * trip uses a test-only tag.
 */
@RequiresEngine
class BundleIT {
  private static final String TEST_TAG = "dlt-bnd-x:1";

  private Path dir;
  private DockerGateway engine;

  @BeforeEach
  void setUp() throws IOException {
    dir = Files.createTempDirectory("dlt-bnd-");
    engine = TestEngine.connect(dir.resolve("config"));
  }

  @AfterEach
  void cleanUp() throws IOException {
    try {
      engine.removeImage(TEST_TAG, false);
    } catch (EngineError notThere) {
      // the test removed it already, or never made it
    }
    engine.close();
    TempLab.deleteTree(dir);
  }

  @Test
  void export_thenImport_ofEveryLabImage_keepsTheirIds() throws IOException {
    Map<String, String> idsBefore = labImageIds();
    Path bundle = dir.resolve("dlt-bnd-room.tar.gz");

    Cli.Result export = new Cli(dir).run("images", "export", bundle.toString());
    assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
    assertThat(export.out()).startsWith("Wrote " + bundle + ": ").contains("gzip-compressed").contains("It holds 4 images:");
    byte[] head = new byte[2];
    try (InputStream in = Files.newInputStream(bundle)) {
      assertThat(in.read(head)).isEqualTo(2);
    }
    assertThat(head).containsExactly(0x1f, 0x8b);
    assertThat(manifestTags(bundle)).containsExactlyInAnyOrderElementsOf(idsBefore.keySet());

    Cli.Result again = new Cli(dir).run("images", "export", bundle.toString());
    assertThat(again.exitCode()).isEqualTo(2);

    Cli.Result imported = new Cli(dir).run("images", "import", bundle.toString());
    assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
    for (String reference : idsBefore.keySet()) {
      assertThat(imported.out()).contains("Loaded image: " + reference);
    }
    assertThat(imported.out()).contains("Imported 4 images from " + bundle).contains("All 4 lab images are present.");
    assertThat(imported.out()).doesNotContain("did not contain");
    assertThat(labImageIds()).isEqualTo(idsBefore);
  }

  @Test
  void import_ofABundleOfATestImage_restoresTheRemovedTag_andNamesTheLabImagesItLacked() throws IOException {
    Path bundle = testImageBundle("dlt-bnd-x.tar.gz");
    engine.removeImage(TEST_TAG, false);
    assertThat(engine.inspectImage(TEST_TAG)).isEmpty();

    Cli.Result r = new Cli(dir).run("images", "import", bundle.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("Loaded image: " + TEST_TAG)
        .contains("Imported 1 image from")
        .contains("The bundle did not contain these lab images: busybox:latest, registry:2, myapp:latest, myimage:latest");
    assertThat(engine.inspectImage(TEST_TAG)).isPresent();
  }

  @Test
  void import_ofACorruptGzipBundle_failsInOneLineNamingTheFile() throws IOException {
    byte[] data = Files.readAllBytes(testImageBundle("dlt-bnd-x.tar.gz"));
    for (int i = data.length / 2; i < data.length / 2 + 4096 && i < data.length; i++) {
      data[i] ^= 0x55;
    }
    Path broken = Files.write(dir.resolve("dlt-bnd-broken.tar.gz"), data);
    Cli.Result r = new Cli(dir).run("images", "import", broken.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("dockerlab: " + broken + " is not valid gzip data").doesNotContain("\n");
  }

  @Test
  void import_ofATruncatedBundle_failsInOneLineNamingTheFile() throws IOException {
    byte[] gz = Files.readAllBytes(testImageBundle("dlt-bnd-x.tar.gz"));
    Path cutGz = Files.write(dir.resolve("dlt-bnd-cut.tar.gz"), Arrays.copyOf(gz, gz.length / 2));
    Cli.Result r = new Cli(dir).run("images", "import", cutGz.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("dockerlab: " + cutGz + " is not valid gzip data (damaged or cut short)").doesNotContain("\n");

    byte[] tar = Files.readAllBytes(testImageBundle("dlt-bnd-x.tar"));
    Path cutTar = Files.write(dir.resolve("dlt-bnd-cut.tar"), Arrays.copyOf(tar, tar.length / 2));
    Cli.Result plain = new Cli(dir).run("images", "import", cutTar.toString());
    assertThat(plain.exitCode()).as(plain.out() + plain.err()).isEqualTo(1);
    assertThat(plain.err().strip()).startsWith("dockerlab: " + cutTar + " is truncated").doesNotContain("\n");
  }

  @Test
  void import_ofAFileThatIsNoArchive_saysSo() throws IOException {
    Path text = Files.writeString(dir.resolve("dlt-bnd-notes.tar.gz"), "not a bundle\n");
    Cli.Result r = new Cli(dir).run("images", "import", text.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("dockerlab: " + text + " is not a docker image archive (no tar archive)");
  }

  /** A bundle of busybox tagged {@value #TEST_TAG}, written the way export writes one. */
  private Path testImageBundle(String name) throws IOException {
    engine.tag("busybox:latest", TEST_TAG);
    Path bundle = dir.resolve(name);
    try (InputStream archive = engine.saveImages(List.of(TEST_TAG))) {
      BundleFile.write(archive, bundle, BundleFormat.forFile(bundle), n -> {}, new CancelToken());
    }
    return bundle;
  }

  private Map<String, String> labImageIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (LabImage image : LabImages.all()) {
      ids.put(image.reference(), engine.inspectImage(image.reference()).map(ImageDetails::id).orElseThrow());
    }
    return ids;
  }

  private static List<String> manifestTags(Path bundle) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(bundle)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (e.getName().equals("manifest.json")) {
          List<String> tags = new ArrayList<>();
          for (JsonNode image : new ObjectMapper().readTree(tar.readAllBytes())) {
            image.get("RepoTags").forEach(t -> tags.add(t.asText()));
          }
          return tags;
        }
      }
    }
    throw new AssertionError(bundle + " has no manifest.json");
  }
}
