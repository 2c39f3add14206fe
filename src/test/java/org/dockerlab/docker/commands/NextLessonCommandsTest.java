package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.archive.ArchiveFixtures;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.DockerRunner.Result;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, export/import, image/container inspect, image/container/system prune, system df, push --all-tags, images --digests, ps -n/-l/-s. */
class NextLessonCommandsTest {
  private static final String BUSYBOX = "sha256:3002921e3d54fb735ea7b0e089dcce2d8c534f3bf808bda72da3a0ad545f814c";
  private static final String DANGLING = "sha256:d4973b34f4260000000000000000000000000000000000000000000000000000";
  private static final String DIGEST = "sha256:7cb8b43b971228ffd4301ed28ba40680585c04eb997f59ff57e1d3d4eaf73640";

  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage(BUSYBOX, "busybox:latest");

  private Result docker(String... args) {
    return new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  private Result dockerWithStdin(String stdin, String... args) {
    return new DockerRunner(engine, dir, dir.resolve("config"), null).runWithStdin(stdin, args);
  }

  @Test
  void imagesDigests_addsTheDigestColumn_oneRowPerDigestOfTheTaggedRepository() {
    engine.withImage(new ImageDetails(
        "sha256:382591ab456b0000000000000000000000000000000000000000000000000000", List.of("localhost:5000/myapp:v2"),
        List.of("localhost:5000/myapp@" + DIGEST), Map.of(), 1_982_000, List.of()));

    List<String> lines = docker("images", "--digests", "localhost:5000/myapp").out().lines().toList();

    assertThat(lines.get(0)).startsWith("REPOSITORY             TAG       DIGEST").contains("IMAGE ID");
    assertThat(lines.get(1)).startsWith("localhost:5000/myapp   v2        " + DIGEST + "   382591ab456b");
    assertThat(docker("images", "busybox", "--digests").out().lines().skip(1))
        .singleElement().asString().startsWith("busybox      latest    <none>    3002921e3d54");
  }

  @Test
  void history_isTheClisTable_truncatedUnlessNoTrunc_andQuietListsIds() {
    Result r = docker("history", "busybox");

    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("IMAGE          CREATED              CREATED BY                                      SIZE      COMMENT");
    assertThat(lines.get(1)).isEqualTo("3002921e3d54   About a minute ago   /bin/sh -c #(nop)  CMD [\"sh\"]                   0B        ");
    assertThat(lines.get(2)).isEqualTo("<missing>      About a minute ago   /bin/sh -c #(nop) ADD file:6a4c1d9d5b3e08b8f…   4.26MB    ");
    assertThat(docker("history", "--no-trunc", "busybox").out()).contains(BUSYBOX + "   ").contains("in / ");
    assertThat(docker("history", "-q", "busybox").out()).isEqualTo("3002921e3d54\n<missing>\n");
    assertThat(docker("history", "-H=false", "--format", "{{.Size}}", "busybox").out()).isEqualTo("0\n4261550\n");
  }

  @Test
  void history_ofAMissingImage_isTheEnginesOneLine() {
    Result r = docker("history", "nope");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.err()).isEqualTo("Error response from daemon: No such image: nope\n");
  }

  @Test
  void imageInspect_andContainerInspect_lookOnlyAtTheirKind() {
    assertThat(docker("image", "inspect", "--format", "{{.Id}}", "busybox").out()).isEqualTo(BUSYBOX + "\n");

    Result r = docker("container", "inspect", "busybox");
    assertThat(r.out()).isEqualTo("[]\n");
    assertThat(r.err()).isEqualTo("Error response from daemon: No such container: busybox\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void imagePrune_asksFirst_andAnythingButYesRemovesNothing() {
    engine.withImage(new ImageDetails(DANGLING, List.of(), List.of(), Map.of(), 83, List.of()));

    Result no = dockerWithStdin("n\n", "image", "prune");
    assertThat(no.out()).isEqualTo("WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ");
    assertThat(engine.inspectImage(DANGLING)).isPresent();

    Result yes = dockerWithStdin("y\n", "image", "prune");
    assertThat(yes.exitCode()).isZero();
    assertThat(yes.out()).endsWith("[y/N] Deleted Images:\ndeleted: " + DANGLING + "\n\nTotal reclaimed space: 83B\n");
    assertThat(engine.inspectImage(DANGLING)).isEmpty();
    assertThat(engine.inspectImage("busybox")).isPresent();
  }

  @Test
  void imagePruneAll_force_removesUnusedTaggedImages_butNotThoseAContainerUses() {
    engine.withImage("sha256:" + "7".repeat(64), "registry:2");
    engine.withContainer(new ContainerSummary("c".repeat(64), List.of("/registry"), "registry:2", "x", 0, "running", "Up", List.of(), Map.of()));

    Result r = docker("image", "prune", "-a", "-f");

    assertThat(r.out()).isEqualTo("Deleted Images:\nuntagged: busybox:latest\ndeleted: " + BUSYBOX + "\n\nTotal reclaimed space: 4.262MB\n");
    assertThat(engine.inspectImage("registry:2")).isPresent();
    assertThat(docker("image", "prune", "-f").out()).isEqualTo("Total reclaimed space: 0B\n");
  }

  @Test
  void containerPrune_asksFirst_thenRemovesTheStoppedContainers_only() {
    engine.withContainer(new ContainerSummary("a".repeat(64), List.of("/up"), "busybox", "x", 0, "running", "Up", List.of(), Map.of()));
    engine.withContainer(new ContainerSummary("b".repeat(64), List.of("/done"), "busybox", "x", 0, "exited", "Exited (0)", List.of(), Map.of()));

    Result no = dockerWithStdin("\n", "container", "prune");
    assertThat(no.out()).isEqualTo("WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ");
    assertThat(engine.containers(true, Map.of())).hasSize(2);

    Result yes = dockerWithStdin("Y\n", "container", "prune");
    assertThat(yes.exitCode()).isZero();
    assertThat(yes.out()).endsWith("[y/N] Deleted Containers:\n" + "b".repeat(64) + "\n\nTotal reclaimed space: 512B\n");
    assertThat(engine.containers(true, Map.of())).extracting(ContainerSummary::id).containsExactly("a".repeat(64));
    assertThat(docker("container", "prune", "-f").out()).isEqualTo("Total reclaimed space: 0B\n");
    assertThat(docker("container", "prune", "--help").out()).startsWith("Usage: docker container prune [OPTIONS]");
  }

  @Test
  void systemPrune_warnsOfEachPart_thenPrunesThemInTheClisOrder_withOneTotal() {
    engine.withImage(new ImageDetails(DANGLING, List.of(), List.of(), Map.of(), 83, List.of()));
    engine.withContainer(new ContainerSummary("b".repeat(64), List.of("/done"), "busybox", "x", 0, "exited", "Exited (0)", List.of(), Map.of()));

    Result no = dockerWithStdin("n\n", "system", "prune");
    assertThat(no.out()).isEqualTo(String.join("\n",
        "WARNING! This will remove:",
        "  - all stopped containers",
        "  - all networks not used by at least one container",
        "  - all dangling images",
        "  - unused build cache",
        "",
        "Are you sure you want to continue? [y/N] "));
    assertThat(engine.inspectImage(DANGLING)).isPresent();

    Result r = docker("system", "prune", "-f");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Deleted Containers:\n" + "b".repeat(64) + "\n\nDeleted Images:\ndeleted: " + DANGLING + "\n\nTotal reclaimed space: 595B\n");
    assertThat(engine.inspectImage("busybox")).as("tagged images stay without -a").isPresent();

    assertThat(docker("system", "prune", "-a", "-f").out()).isEqualTo("Deleted Images:\nuntagged: busybox:latest\ndeleted: " + BUSYBOX + "\n\nTotal reclaimed space: 4.262MB\n");
  }

  @Test
  void systemPrune_volumes_saysWhichVolumesGo_byTheEnginesApi() {
    String anonymous = "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n"
        + "  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n";
    engine.apiVersion("1.44");
    assertThat(dockerWithStdin("n\n", "system", "prune", "-a", "--volumes").out()).startsWith(anonymous);
    engine.apiVersion("1.41");
    assertThat(dockerWithStdin("n\n", "system", "prune", "--volumes").out()).contains("\n  - all volumes not used by at least one container\n");
  }

  @Test
  void systemDf_isTheClisSummary() {
    assertThat(docker("system", "df").out().lines())
        .containsExactly(
            "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE",
            "Images          1         0         4.262MB   4.262MB (100%)",
            "Containers      0         0         0B        0B",
            "Local Volumes   0         0         0B        0B",
            "Build Cache     0         0         0B        0B");
  }

  @Test
  void export_writesTheContainersFilesystem_toTheFile() throws Exception {
    String id = "e".repeat(64);
    engine.withContainer(new ContainerSummary(id, List.of("/web"), "busybox", "sh", 0, "exited", "Exited (0)", List.of(), Map.of()));

    Result r = docker("export", "web", "-o", "web.tar");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("web.tar"))).isEqualTo("filesystem of " + id);
    assertThat(docker("export", "nope", "-o", "nope.tar").err()).isEqualTo("Error response from daemon: No such container: nope\n");
    assertThat(dir.resolve("nope.tar")).doesNotExist();
  }

  @Test
  void import_ofATar_printsTheNewImagesId_andNamesIt() throws Exception {
    Files.write(dir.resolve("fs.tar"), ArchiveFixtures.tar("hello.txt", "hello"));

    Result r = docker("import", "fs.tar", "myfs:1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(engine.inspectImage("myfs:1")).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo(r.out().strip()));
  }

  @Test
  void import_fromStdin_andOfSomethingThatIsNoTar_isOneLine() throws Exception {
    Result piped = new DockerRunner(engine, dir, dir.resolve("config"), null)
        .run(new ByteArrayInputStream(ArchiveFixtures.tar("a", "b")), new ByteArrayOutputStream(), "import", "-", "fromstdin");
    assertThat(piped.exitCode()).isZero();
    assertThat(engine.inspectImage("fromstdin")).isPresent();

    Files.writeString(dir.resolve("notes.txt"), "not a tar at all\n".repeat(50));
    Result bad = docker("import", "notes.txt", "x");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(bad.err()).isEqualTo("Error: notes.txt is not a tar archive (docker export CONTAINER -o FILE makes one)\n");
    assertThat(docker("import", "missing.tar").err()).isEqualTo("Error: open missing.tar: no such file (give a tar file, or - to read standard input)\n");
    assertThat(docker("import", "-", "x").err()).isEqualTo("Error: standard input is empty: a tar archive is needed (docker export CONTAINER -o FILE makes one)\n");
  }

  @Test
  void pushAllTags_pushesEveryTag_andRefusesATag() {
    docker("tag", "busybox", "localhost:5000/box:1");
    docker("tag", "busybox", "localhost:5000/box:2");

    assertThat(docker("push", "--all-tags", "localhost:5000/box").exitCode()).isZero();
    assertThat(engine.pushes()).containsExactly("localhost:5000/box:1 as anonymous", "localhost:5000/box:2 as anonymous");

    Result tagged = docker("push", "-a", "localhost:5000/box:1");
    assertThat(tagged.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(tagged.err()).isEqualTo("Error: tag can't be used with --all-tags/-a\n");
  }

  @Test
  void psLast_andLatest_countStoppedContainers_andSizeAddsTheColumn() {
    long created = Instant.now().minusSeconds(180).getEpochSecond();
    engine.withContainer(new ContainerSummary("a".repeat(64), List.of("/newest"), "busybox", "sh", created, "exited", "Exited (0) 1 minute ago", List.of(), Map.of()));
    engine.withContainer(new ContainerSummary("b".repeat(64), List.of("/older"), "busybox", "sh", created, "running", "Up 3 minutes", List.of(), Map.of()));

    assertThat(docker("ps", "-q").out()).isEqualTo("bbbbbbbbbbbb\n");
    assertThat(docker("ps", "-l", "-q").out()).isEqualTo("aaaaaaaaaaaa\n");
    assertThat(docker("ps", "-n", "2", "-q").out()).isEqualTo("aaaaaaaaaaaa\nbbbbbbbbbbbb\n");
    List<String> sized = docker("ps", "-s").out().lines().toList();
    assertThat(sized.get(0)).endsWith("NAMES     SIZE");
    assertThat(sized.get(1)).endsWith("older     12B (virtual 4.26MB)");
  }

  @Test
  void imagesAndPsFormat_tablesGetHeaders_andALiteralBackslashTIsATab() {
    assertThat(docker("images", "--format", "{{.Repository}}:{{.Tag}}").out()).isEqualTo("busybox:latest\n");
    assertThat(docker("images", "--format", "table {{.ID}}\\t{{.Repository}}").out().lines())
        .containsExactly("IMAGE ID       REPOSITORY", "3002921e3d54   busybox");
    assertThat(docker("images", "--format", "{{.ID}}\\t{{.Tag}}").out()).isEqualTo("3002921e3d54\tlatest\n");
    assertThat(docker("images", "--format", "json").out()).startsWith("{\"Containers\":\"N/A\",").contains("\"Digest\":\"\\u003cnone\\u003e\"");
    engine.withContainer(new ContainerSummary("a".repeat(64), List.of("/web"), "busybox", "sh", 0, "running", "Up 1 second", List.of(), Map.of("b", "2", "a", "1")));
    assertThat(docker("ps", "--format", "table {{.Names}}\\t{{.Labels}}\\t{{.State}}").out().lines())
        .containsExactly("NAMES     LABELS    STATE", "web       a=1,b=2   running");
  }

}
