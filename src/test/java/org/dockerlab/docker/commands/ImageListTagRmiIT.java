package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.docker.commands.ImageTestSupport.PREFIX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.EngineDocker;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class ImageListTagRmiIT {
  private static final Path DOCKER_CLI = Path.of("/usr/local/bin/docker");

  @TempDir Path dir;
  @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir).cleaningUp(ImageTestSupport::removeOurTags);

  /** The real docker CLI's output, to compare with (tests only: the lab never calls it). */
  private static String dockerCli(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = DOCKER_CLI.toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void images_listsBusyboxWithTheCliColumns() throws Exception {
    boolean cli = DOCKER_CLI.toFile().canExecute();
    String before = cli ? dockerCli("images", "busybox") : null;
    DockerRunner.Result r = docker.run("images", "busybox");
    String after = cli ? dockerCli("images", "busybox") : null;
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().toList().get(0)).matches("REPOSITORY   TAG       IMAGE ID       CREATED {3,}SIZE");
    assertThat(r.out()).containsPattern("\nbusybox      latest    [0-9a-f]{12}   .+ ago {3,}[0-9.]+[kMG]?B\n");
    if (cli) { // "N seconds ago" may tick between the two runs: ours must equal the CLI's before or after
      assertThat(r.out()).isIn(before, after);
    }
  }

  @Test
  void imageLs_isTheSameAsImages() {
    assertThat(docker.run("image", "ls", "registry").out()).isEqualTo(docker.run("images", "registry").out()).contains("registry     2    ");
  }

  @Test
  void images_withoutFilter_matchesTheCli() throws Exception {
    if (!DOCKER_CLI.toFile().canExecute()) {
      return;
    }
    // other helpers tag and untag images at the same time: compare the lab images' rows only
    String before = dockerCli("images");
    String ours = docker.run("images").out();
    String after = dockerCli("images");
    for (String repo : new String[] {"busybox ", "registry ", "myapp ", "myimage "}) {
      assertThat(rowsOf(ours, repo)).isIn(rowsOf(before, repo), rowsOf(after, repo));
    }
  }

  /** A repository's rows with the padding squeezed: other helpers' tags can widen the columns at any time. */
  private static java.util.List<String> rowsOf(String table, String repo) {
    return table.lines().filter(l -> l.startsWith(repo)).map(l -> l.replaceAll(" {3,}", " | ")).toList();
  }

  @Test
  void images_quiet_printsIds() {
    docker.engine().tag("busybox:latest", PREFIX + "quiet:1");
    String shortId = ImageTestSupport.idOf(docker.engine(), "busybox:latest").substring("sha256:".length(), "sha256:".length() + 12);
    DockerRunner.Result r = docker.run("images", "-q", PREFIX + "quiet");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(shortId + "\n");
  }

  @Test
  void tag_thenRmi_printsUntagged() {
    String tag = PREFIX + "tag:1";
    DockerRunner.Result t = docker.run("tag", "busybox", tag);
    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(t.out()).isEmpty();
    assertThat(docker.run("images", PREFIX + "tag").out()).contains(PREFIX + "tag   1    ");

    DockerRunner.Result r = docker.run("rmi", tag);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Untagged: " + tag + "\n");
    assertThat(docker.engine().inspectImage(tag)).isEmpty();
    assertThat(docker.engine().inspectImage("busybox:latest")).isPresent();
  }

  @Test
  void tag_withBadReference_saysInvalidReferenceFormat() {
    DockerRunner.Result r = docker.run("tag", "busybox", "Dlt-img-Upper:1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("Error: invalid reference format").contains("lowercase");
  }

  @Test
  void tag_ofMissingSource_saysNoSuchImage() {
    DockerRunner.Result r = docker.run("tag", PREFIX + "nosuch", PREFIX + "x:1");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("Error response from daemon: No such image: " + PREFIX + "nosuch:latest");
  }

  @Test
  void rmi_ofOneMissingOfTwo_removesTheOther_andExits1() {
    String tag = PREFIX + "rmi:1";
    docker.engine().tag("busybox:latest", tag);
    DockerRunner.Result r = docker.run("rmi", PREFIX + "nosuch:1", tag);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("Untagged: " + tag + "\n");
    assertThat(r.err().strip()).isEqualTo("Error response from daemon: No such image: " + PREFIX + "nosuch:1");
    assertThat(docker.engine().inspectImage(tag)).isEmpty();
  }

  @Test
  void rmi_ofTwoMissing_printsOneLineEach() {
    DockerRunner.Result r = docker.run("image", "rm", PREFIX + "gone:1", PREFIX + "gone:2");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .containsExactly(
            "Error response from daemon: No such image: " + PREFIX + "gone:1",
            "Error response from daemon: No such image: " + PREFIX + "gone:2");
  }

  @Test
  void rmi_ofAnImageOnlyItsTagHolds_printsUntaggedAndDeleted() throws Exception {
    String tag = PREFIX + "del:1";
    String id = docker.engine().build(context("FROM busybox:latest\nLABEL org.dockerlab.test=" + PREFIX + "del\n"), tag, Map.of());
    DockerRunner.Result r = docker.run("rmi", tag);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).first().isEqualTo("Untagged: " + tag);
    assertThat(r.out()).contains("Deleted: " + (id.startsWith("sha256:") ? id : "sha256:" + id));
    assertThat(docker.engine().inspectImage(tag)).isEmpty();
  }

  private static ByteArrayInputStream context(String dockerfile) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] content = dockerfile.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("Dockerfile");
      e.setSize(content.length);
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
