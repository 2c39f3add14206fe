package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dockerlab.archive.ArchiveFixtures;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history, export/import, image, container and system prune, system df, push --all-tags, pull by digest, images --digests,
 * image/container inspect and ps -s against the engine, compared with what the docker CLI prints.
 */
@RequiresEngine
class NextLessonCommandsIT {
  private static final String PREFIX = "dlt-cmds-";
  private static final String REGISTRY = PREFIX + "reg-" + ProcessHandle.current().pid();
  private String host = "localhost:5000";

  @TempDir Path dir;
  private DockerRunner docker;
  private final List<String> containers = new ArrayList<>();
  private final String label = "dlt.cmds=" + UUID.randomUUID();

  /**
   * A registry:2 of this test's own, started by the reference client on a port chosen here, for the one
   * test that pushes; what the engine says of it is part of any failure.
   */
  private void startRegistry() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    DockerCliProcess.Result run = DockerCliProcess.run(dir, dir.resolve("cli-config"), "run", "-d", "-p", port + ":5000", "--name", REGISTRY, "registry:2");
    assertThat(run.exitCode()).as(run.output()).isZero();
    containers.add(REGISTRY);
    host = "localhost:" + port;
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/")).build(), BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the registry is starting
      }
      assertThat(System.nanoTime()).as("registry:2 answers /v2/ within 30 s\n" + registryState()).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** What the engine says of the test's registry: its state and its log. */
  private String registryState() throws Exception {
    return cli("ps", "-a", "--filter", "name=" + REGISTRY, "--format", "{{.Names}} {{.Status}} {{.Ports}}")
        + cli("logs", "--tail", "20", REGISTRY);
  }

  @BeforeEach
  void connect() {
    docker = new DockerRunner(dir, dir.resolve("config"));
  }

  @AfterEach
  void cleanUp() {
    containers.forEach(c -> {
      try {
        docker.engine().removeContainer(c, true);
      } catch (RuntimeException gone) {
        // removed by the test
      }
    });
    for (ImageSummary i : docker.engine().images(true, Map.of("label", List.of(label)))) {
      remove(i.id());
    }
    for (ImageSummary i : docker.engine().images(true, Map.of())) {
      i.repoTags().stream().filter(t -> t.startsWith(PREFIX) || t.startsWith(host + "/" + PREFIX)).forEach(this::remove);
      // also what an earlier run on another port left (its registry is gone; the names are this test's)
      i.repoDigests().stream().filter(t -> t.matches("(localhost|127\\.0\\.0\\.1):\\d+/" + PREFIX + ".*")).forEach(this::remove);
    }
    docker.close();
  }

  private void remove(String reference) {
    try {
      docker.engine().removeImage(reference, true);
    } catch (RuntimeException gone) {
      // removed with another name of the same image
    }
  }

  private String cli(String... args) throws IOException, InterruptedException {
    return DockerCliProcess.run(dir, dir.resolve("cli-config"), args).output();
  }

  @Test
  void history_printsWhatTheCliPrints() throws Exception {
    for (String[] args : List.of(
        new String[] {"history", "busybox"},
        new String[] {"history", "--no-trunc", "busybox"},
        new String[] {"history", "-q", "busybox"},
        new String[] {"history", "-H=false", "registry:2"},
        new String[] {"history", "--format", "{{.ID}}: {{.CreatedBy}}", "registry:2"})) {
      String before = cli(args);
      String ours = docker.run(args).out();
      String after = cli(args);
      assertThat(ours).as(String.join(" ", args)).isIn(before, after);
    }
  }

  @Test
  void exportThenImport_makesAnImageThatRuns_andImportPrintsTheIdAsTheCliDoes() throws Exception {
    String name = PREFIX + "exp-" + System.nanoTime();
    containers.add(name);
    assertThat(docker.run("run", "--name", name, "busybox", "sh", "-c", "echo exported > /hello").exitCode()).isZero();

    DockerRunner.Result export = docker.run("export", name, "-o", "fs.tar");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(Files.size(dir.resolve("fs.tar"))).isGreaterThan(500_000);

    String image = PREFIX + "imported:1";
    DockerRunner.Result imported = docker.run("import", "--change", "LABEL " + label, "fs.tar", image);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(cli("import", "--change", "LABEL " + label, "fs.tar", PREFIX + "by-cli")).matches("sha256:[0-9a-f]{64}\n");

    String run = PREFIX + "run-" + System.nanoTime();
    containers.add(run);
    DockerRunner.Result r = docker.run("run", "--name", run, image, "cat", "/hello");
    assertThat(r.out()).isEqualTo("exported\n");
  }

  @Test
  void import_ofAFileThatIsNoTar_isOneLine() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "hello\n");
    DockerRunner.Result r = docker.run("import", "notes.txt", PREFIX + "bad");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: notes.txt is not a tar archive (docker export CONTAINER -o FILE makes one)\n");
  }

  @Test
  void imagePrune_removesTheDanglingImagesItMatches_inTheClisWords() throws Exception {
    String ours = dangling("ours");
    String theirs = dangling("theirs");

    DockerRunner.Result r = docker.run("image", "prune", "-f", "--filter", "label=" + label, "--filter", "label=which=ours");
    String cli = cli("image", "prune", "-f", "--filter", "label=" + label, "--filter", "label=which=theirs");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Deleted Images:\ndeleted: " + ours + "\n").containsPattern("\n\nTotal reclaimed space: [0-9.]+k?B\n$");
    assertThat(shape(r.out())).isEqualTo(shape(cli.replace(theirs, ours)));
    assertThat(docker.engine().inspectImage(ours)).isEmpty();
    assertThat(docker.engine().inspectImage("busybox")).isPresent();
  }

  @Test
  void containerPrune_removesTheStoppedContainersItMatches_inTheClisWords() throws Exception {
    String ours = stopped("ours");
    String theirs = stopped("theirs");

    DockerRunner.Result r = docker.run("container", "prune", "-f", "--filter", "label=" + label, "--filter", "label=which=ours");
    String cli = cli("container", "prune", "-f", "--filter", "label=" + label, "--filter", "label=which=theirs");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Deleted Containers:\n" + ours + "\n\nTotal reclaimed space: ");
    assertThat(shape(r.out())).isEqualTo(shape(cli.replace(theirs, ours)));
    assertThat(cli("ps", "-aq", "--filter", "label=" + label)).isEmpty();
  }

  @Test
  void systemPrune_removesWhatItMatches_aSectionEach_thenOneTotal_andKeepsTaggedImages() throws Exception {
    String container = stopped("ours");
    String image = dangling("ours");

    DockerRunner.Result r = docker.run("system", "prune", "-f", "--filter", "label=" + label);

    assertThat(r.exitCode()).as(r.err()).isZero();
    // the engine names the image, then its layer, as deleted
    assertThat(r.out()).startsWith("Deleted Containers:\n" + container + "\n\nDeleted Images:\ndeleted: " + image + "\n")
        .containsPattern("\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: [0-9.]+k?B\n$")
        .doesNotContain("Deleted Networks", "Deleted Volumes", "Deleted build cache");
    assertThat(docker.engine().inspectImage(image)).isEmpty();
    assertThat(cli("ps", "-aq", "--filter", "label=" + label)).isEmpty();
    assertThat(docker.engine().inspectImage("busybox")).isPresent();
  }

  /** A container that ran and stopped, made by the reference client, labelled for this test only; its full ID. */
  private String stopped(String which) throws Exception {
    String id = cli("create", "--label", label, "--label", "which=" + which, "busybox", "true").strip();
    containers.add(id);
    assertThat(id).matches("[0-9a-f]{64}");
    return id;
  }

  /** An untagged image of one small file, labelled for this test only. */
  private String dangling(String which) throws Exception {
    Path tar = dir.resolve(which + ".tar");
    Files.write(tar, ArchiveFixtures.tar(which + ".txt", which + " " + UUID.randomUUID()));
    DockerRunner.Result r = docker.run("import", "-c", "LABEL " + label, "-c", "LABEL which=" + which, tar.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().strip();
  }

  private static String shape(String out) {
    return out.replaceAll("[0-9a-f]{64}", "H").replaceAll("[0-9.]+k?B", "N");
  }

  @Test
  void systemDf_isTheClisTable() throws Exception {
    String before = cli("system", "df");
    String ours = docker.run("system", "df").out();
    String after = cli("system", "df");
    assertThat(ours).isIn(before, after);
  }

  @Test
  void pushAllTags_thenPullByDigest_andImagesDigests_asTheCli() throws Exception {
    startRegistry();
    String repo = host + "/" + PREFIX + "all";
    docker.engine().tag("busybox:latest", repo + ":1");
    docker.engine().tag("busybox:latest", repo + ":2");

    DockerRunner.Result push = docker.run("push", "--all-tags", repo);
    assertThat(push.exitCode()).as(push.err() + "\n" + registryState()).isZero();
    assertThat(push.out()).startsWith("The push refers to repository [" + repo + "]\n")
        .containsPattern("\n1: digest: sha256:[0-9a-f]{64} size: \\d+\n")
        .containsPattern("\n2: digest: sha256:[0-9a-f]{64} size: \\d+\n");
    assertThat(push.out().split("The push refers", -1)).hasSize(2);

    assertThat(docker.run("images", "--digests", repo).out()).isEqualTo(cli("images", "--digests", repo));
    assertThat(docker.run("images", "--format", "{{.Tag}} {{.Digest}}", repo).out())
        .isEqualTo(cli("images", "--format", "{{.Tag}} {{.Digest}}", repo));

    // busybox may carry digests of other registries (earlier runs, other tests): this repository's, not the first
    String digest = docker.engine().inspectImage(repo + ":1").orElseThrow().repoDigests().stream()
        .filter(d -> d.startsWith(repo + "@")).findFirst().orElseThrow();
    docker.run("rmi", repo + ":1", repo + ":2", digest);
    DockerRunner.Result pull = docker.run("pull", digest);
    assertThat(pull.exitCode()).as(pull.err() + "\n" + registryState()).isZero();
    assertThat(pull.out()).contains("Digest: sha256:").endsWith("\n" + digest + "\n");
    assertThat(docker.engine().inspectImage(digest)).isPresent();
    assertThat(docker.run("images", "--digests", repo).out()).isEqualTo(cli("images", "--digests", repo));
  }

  @Test
  void imageInspect_andContainerInspect_asTheCli() throws Exception {
    String[] image = {"image", "inspect", "--format", "{{.Id}} {{.Config.Cmd}}", "busybox"};
    assertThat(docker.run(image).out()).isEqualTo(cli(image));
    DockerRunner.Result missing = docker.run("container", "inspect", "busybox");
    assertThat(missing.out() + missing.err()).isEqualTo(cli("container", "inspect", "busybox"));
  }

  @Test
  void psSizeAndLast_asTheCli() throws Exception {
    String name = PREFIX + "ps-" + System.nanoTime();
    containers.add(name);
    docker.run("run", "--name", name, "busybox", "sh", "-c", "echo x > /x");
    String[] args = {"ps", "-s", "-n", "1", "--filter", "name=" + name};
    String before = cli(args);
    String ours = docker.run(args).out();
    String after = cli(args);
    assertThat(ours).contains("B (virtual ").isIn(before, after);
  }

}
