package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.docker.commands.ImageTestSupport.PREFIX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.io.CancelToken;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.EngineDocker;
import org.dockerlab.testing.RandomImage;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class SaveLoadIT {
  @TempDir Path dir;
  @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir).cleaningUp(ImageTestSupport::removeOurTags);

  private Path savedArchive(String tag) {
    docker.engine().tag("busybox:latest", tag);
    Path file = dir.resolve("saved.tar");
    assertThat(docker.run("save", "-o", "saved.tar", tag).exitCode()).isZero();
    return file;
  }

  @Test
  void save_withOutputFlag_writesValidArchive() throws Exception {
    docker.engine().tag("busybox:latest", PREFIX + "save:1");
    DockerRunner.Result r = docker.run("save", "-o", "busybox.tar", PREFIX + "save:1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    try (InputStream in = Files.newInputStream(dir.resolve("busybox.tar"))) {
      ImageTestSupport.Archive archive = ImageTestSupport.readArchive(in);
      assertThat(archive.names()).contains("manifest.json");
      assertThat(archive.manifest()).contains("\"RepoTags\":[\"" + PREFIX + "save:1\"]");
    }
    assertThat(ImageTestSupport.filesIn(dir)).extracting(p -> p.getFileName().toString()).containsExactly("busybox.tar");
  }

  @Test
  void save_toStdout_streamsTheArchive() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    DockerRunner.Result r = docker.run(new ByteArrayInputStream(new byte[0]), stdout, "save", "busybox");
    assertThat(r.exitCode()).as(r.err()).isZero();
    ImageTestSupport.Archive archive = ImageTestSupport.readArchive(new ByteArrayInputStream(stdout.toByteArray()));
    assertThat(archive.manifest()).contains("busybox:latest");
  }

  @Test
  void save_ofTwoImages_writesOneArchiveWithBoth() throws Exception {
    docker.engine().tag("busybox:latest", PREFIX + "two:a");
    assertThat(docker.run("save", "-o", "two.tar", PREFIX + "two:a", "registry:2").exitCode()).isZero();
    try (InputStream in = Files.newInputStream(dir.resolve("two.tar"))) {
      assertThat(ImageTestSupport.readArchive(in).manifest()).contains(PREFIX + "two:a").contains("registry:2");
    }
  }

  @Test
  void save_toTerminal_refuses() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = ImageTestSupport.run(docker.engine(), dir, InputStream.nullInputStream(), stdout, err, true, true, CancelToken.none(), "save", "busybox");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("Error: cowardly refusing to save to a terminal. Use the -o flag or redirect");
    assertThat(stdout.size()).isZero();
  }

  @Test
  void save_ofMissingImage_leavesNoFile() throws Exception {
    DockerRunner.Result r = docker.run("save", "-o", "missing.tar", PREFIX + "nosuch:1");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("Error response from daemon: ").containsAnyOf("No such image", "reference does not exist");
    assertThat(ImageTestSupport.filesIn(dir)).isEmpty();
  }

  @Test
  void save_gzipStream_thenLoad_keepsTheImageId() throws Exception {
    String tag = PREFIX + "roundtrip:1";
    docker.engine().tag("busybox:latest", tag);
    String id = ImageTestSupport.idOf(docker.engine(), tag);
    Path gz = dir.resolve("roundtrip.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) { // docker save ... | gzip > file
      assertThat(docker.run(InputStream.nullInputStream(), out, "save", tag).exitCode()).isZero();
    }
    assertThat(docker.run("rmi", tag).out()).isEqualTo("Untagged: " + tag + "\n");
    assertThat(docker.engine().inspectImage(tag)).isEmpty();

    DockerRunner.Result load;
    try (InputStream in = Files.newInputStream(gz)) { // docker load < file
      load = docker.run(in, new ByteArrayOutputStream(), "load");
    }
    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.out()).isEqualTo("Loaded image: " + tag + "\n");
    assertThat(ImageTestSupport.idOf(docker.engine(), tag)).isEqualTo(id);
  }

  @Test
  void load_withInputFlag_printsLoadedImage() throws Exception {
    String tag = PREFIX + "load:1";
    savedArchive(tag);
    docker.run("rmi", tag);
    DockerRunner.Result r = docker.run("load", "-i", "saved.tar");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Loaded image: " + tag + "\n");
    assertThat(r.err()).isEmpty();
    assertThat(docker.engine().inspectImage(tag)).isPresent();
  }

  @Test
  void load_ofNonArchive_saysSoNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "these are my notes\n");
    DockerRunner.Result r = docker.run("load", "-i", "notes.txt");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("Error: notes.txt is not a docker image archive (no tar archive)");
  }

  @Test
  void load_ofTarWithoutManifest_saysNoManifest() throws Exception {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(dir.resolve("plain.tar")))) {
      byte[] content = "hello\n".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("hello.txt");
      e.setSize(content.length);
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    DockerRunner.Result r = docker.run("load", "-i", "plain.tar");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("Error: plain.tar is not a docker image archive (no manifest.json): ").doesNotContain("\n");
  }

  @Test
  void load_ofTruncatedTar_failsClearly() throws Exception {
    Path saved = savedArchive(PREFIX + "trunc:1");
    byte[] all = Files.readAllBytes(saved);
    Files.write(dir.resolve("cut.tar"), Arrays.copyOf(all, all.length / 2));
    DockerRunner.Result r = docker.run("load", "-i", "cut.tar");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("Error: cut.tar is truncated").doesNotContain("\n");
  }

  @Test
  void load_ofCorruptGzip_failsClearly() throws Exception {
    Path saved = savedArchive(PREFIX + "gz:1");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      Files.copy(saved, out);
    }
    byte[] data = gz.toByteArray();
    for (int i = data.length / 2; i < data.length / 2 + 4096; i++) {
      data[i] ^= 0x55;
    }
    Files.write(dir.resolve("broken.tar.gz"), data);
    DockerRunner.Result r = docker.run("load", "-i", "broken.tar.gz");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("Error: broken.tar.gz is not valid gzip data").doesNotContain("\n");
  }

  @Test
  void load_ofEmptyStdin_saysStdinIsEmpty() {
    DockerRunner.Result r = docker.run("load");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("Error: requested load from stdin, but stdin is empty");
  }

  @Test
  void load_ofMissingFile_saysNoSuchFile() {
    DockerRunner.Result r = docker.run("load", "-i", "nothere.tar");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("nothere.tar: no such file or directory");
  }

  @Test
  void cancel_duringSave_removesThePartialFile() throws Exception {
    // big enough that the save is still writing when its first bytes are on disk
    String big = PREFIX + "cancel:big";
    RandomImage.build(docker.engine(), big, 200, Files.createDirectories(dir.resolve("context")));
    Path out = Files.createDirectories(dir.resolve("out"));
    CancelToken token = new CancelToken();
    AtomicBoolean started = new AtomicBoolean();
    Thread canceller = new Thread(() -> {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && !started.get()) {
        try (Stream<Path> files = Files.list(out)) {
          started.set(files.anyMatch(f -> f.toFile().length() > 0));
        } catch (IOException | UncheckedIOException gone) {
          // the file moved while listing: look again
        }
        Thread.onSpinWait();
      }
      token.cancel();
    });
    canceller.start();
    StringWriter err = new StringWriter();
    int code = ImageTestSupport.run(docker.engine(), out, InputStream.nullInputStream(), new ByteArrayOutputStream(), err, false, true, token,
        "save", "-o", "big.tar", big, "busybox");
    canceller.join(70_000);
    assertThat(started).as("the save started writing").isTrue();
    assertThat(code).as(err.toString()).isEqualTo(130);
    assertThat(err.toString()).contains("no file was written to big.tar");
    assertThat(ImageTestSupport.filesIn(out)).isEmpty();
  }
}
