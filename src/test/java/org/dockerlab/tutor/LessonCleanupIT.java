package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.SeedNames;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's lesson that leaves untagged images behind (a push, a second tag pushed, a build under a
 * running container built again, an untag, a pull by digest), then {@code reset all}: afterwards the docker
 * CLI lists nothing the lab left, and what the docker CLI made beforehand under names like the lab's (an
 * image, a container, an untagged image) is still there. Uses the seed's port 5000 (run under the engine
 * lock).
 */
@RequiresEngine
class LessonCleanupIT {
  private static final String REPO = "localhost:5000/myapp";

  @TempDir Path state;
  private DockerGateway engine;
  private final String suffix = Long.toString(System.nanoTime(), 36);
  private final String theirsTag = REPO + ":dlt-theirs-" + suffix;
  private final String theirsContainer = "dlt-cleanup-theirs-" + suffix;
  private String theirsDangling;
  private String digest;

  @BeforeEach
  void connect() {
    engine = TestEngine.connect(state);
    SeedNames.clear(engine);
  }

  @AfterEach
  void close() throws Exception {
    try {
      cli("rm", "-f", theirsContainer, "dlt-cleanup-app-" + suffix);
      cli("rmi", theirsTag, REPO + ":v2", REPO + ":v3"); // the lab's too, should the test have stopped before the reset
      if (digest != null) {
        cli("rmi", digest);
      }
      if (theirsDangling != null) {
        cli("rmi", theirsDangling);
      }
      // what the lab built here, should the test have stopped before the reset
      for (String label : List.of("dlt.lab=" + suffix, "dlt.lab=" + suffix + "-2")) {
        for (String id : lines("images", "-a", "-q", "--filter", "label=" + label)) {
          cli("rmi", "-f", id);
        }
      }
      SeedNames.clear(engine);
      SeedNames.restoreMyapp(engine);
    } finally {
      engine.close();
    }
  }

  private String cli(String... args) throws IOException, InterruptedException {
    return DockerCliProcess.run(state, state.resolve("cli-config"), args).output();
  }

  private Set<String> lines(String... args) throws IOException, InterruptedException {
    return new TreeSet<>(Arrays.stream(cli(args).split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Test
  void resetAll_removesTheUntaggedImagesTheLessonLeft_andNothingTheDockerCliMadeBefore() throws Exception {
    // made with the docker CLI before the lab starts: a name in the lesson's repository, a container on it, and an untagged image
    Path context = Files.createDirectories(state.resolve("theirs"));
    Files.writeString(context.resolve("Dockerfile"), "FROM busybox:latest\nLABEL dlt.theirs=" + suffix + "\n");
    assertThat(cli("build", "-q", "-t", theirsTag, context.toString())).contains("sha256:");
    theirsDangling = cli("image", "inspect", "--format", "{{.Id}}", theirsTag).strip();
    Files.writeString(context.resolve("Dockerfile"), "FROM busybox:latest\nLABEL dlt.theirs=" + suffix + "-2\n");
    cli("build", "-q", "-t", theirsTag, context.toString()); // the first build is left untagged
    cli("create", "--name", theirsContainer, theirsTag, "true");
    Set<String> danglingBefore = lines("images", "--filter", "dangling=true", "-q", "--no-trunc");
    assertThat(danglingBefore).contains(theirsDangling);

    LabProcess lab = new LabProcess(state);
    String app = "dlt-cleanup-app-" + suffix;
    LabProcess.Result first = lab.run(String.join("\n",
        "start tag-and-push",
        "docker tag myapp " + REPO,
        "docker push " + REPO,
        "docker tag busybox " + REPO + ":v2",
        "docker push " + REPO + ":v2",
        "mkdir -p ctx",
        "echo 'FROM busybox' > ctx/Dockerfile",
        "echo 'LABEL dlt.lab=" + suffix + "' >> ctx/Dockerfile",
        "docker build -t " + REPO + ":v3 ctx",
        "docker run -d --name " + app + " " + REPO + ":v3 sleep 600",
        "echo 'FROM busybox' > ctx/Dockerfile",
        "echo 'LABEL dlt.lab=" + suffix + "-2' >> ctx/Dockerfile",
        "docker build -t " + REPO + ":v3 ctx",
        ""), 240, "shell");
    assertThat(first.exitCode()).as(first.all()).isZero();
    digest = Arrays.stream(cli("image", "inspect", "--format", "{{range .RepoDigests}}{{println .}}{{end}}", REPO).split("\n"))
        .map(String::strip).filter(d -> d.startsWith(REPO + "@")).findFirst().orElseThrow();

    LabProcess.Result second = lab.run(String.join("\n",
        "docker rmi " + REPO,
        "docker pull " + digest,
        ""), 120, "shell");
    assertThat(second.exitCode()).as(second.all()).isZero();
    // what the lesson left: a digest without a tag, and the first build untagged under the running container
    assertThat(cli("images", REPO)).containsPattern("localhost:5000/myapp\\s+<none>");
    Set<String> danglingDuring = lines("images", "--filter", "dangling=true", "-q", "--no-trunc");
    assertThat(danglingDuring).as(first.all() + second.all()).hasSizeGreaterThan(danglingBefore.size());

    LabProcess.Result reset = lab.run("reset all\n", 240, "shell");
    assertThat(reset.exitCode()).as(reset.all()).isZero();
    assertThat(reset.out()).as(reset.all()).contains(theirsTag + ": kept, the lab did not make this name").contains("The lab is as new");

    List<String> repo = Arrays.stream(cli("images", "--digests", "--format", "{{.Repository}}:{{.Tag}}@{{.Digest}}", REPO).split("\n"))
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(repo).as("only the docker CLI's name is left in the lesson's repository").containsExactly(theirsTag + "@<none>");
    assertThat(lines("images", "--filter", "dangling=true", "-q", "--no-trunc")).as("no untagged image the lab left; reset all said:\n" + reset.all() + "\nthe lesson:\n" + first.all() + second.all()).isSubsetOf(danglingBefore)
        .contains(theirsDangling);
    assertThat(lines("ps", "-a", "--format", "{{.Names}}")).contains(theirsContainer).doesNotContain(app, "registry");
    assertThat(cli("image", "inspect", "--format", "{{.Id}}", "myapp:latest")).startsWith("sha256:");
  }

  @Test
  void resetAll_removesTheAnonymousVolumesOfTheLabsContainers_andNotTheDockerClisOwn() throws Exception {
    // the docker CLI's: a container with an anonymous volume, removed without -v, leaves the volume
    String theirs = "dlt-cleanup-vol-" + suffix;
    cli("create", "--name", theirs, "-v", "/dlt-theirs", "busybox", "true");
    String theirsVolume = cli("inspect", "--format", "{{range .Mounts}}{{.Name}}{{end}}", theirs).strip();
    cli("rm", theirs);
    Set<String> before = lines("volume", "ls", "-q", "--filter", "dangling=true");
    assertThat(before).contains(theirsVolume);

    try {
      LabProcess lab = new LabProcess(state);
      String box = "dlt-cleanup-anon-" + suffix;
      LabProcess.Result lesson = lab.run(String.join("\n",
          "start local-registry",
          "docker run -d -p 5000:5000 --name registry registry:2", // registry:2's VOLUME /var/lib/registry
          "docker rm -f registry",
          "docker run --name " + box + " -v /data busybox true; docker rm " + box, // gone before the lab looks: the engine's mount event names it
          ""), 240, "shell");
      assertThat(lesson.exitCode()).as(lesson.all()).isZero();
      Set<String> during = lines("volume", "ls", "-q", "--filter", "dangling=true");
      assertThat(during).as(lesson.all()).containsAll(before).hasSizeGreaterThanOrEqualTo(before.size() + 2);

      LabProcess.Result reset = lab.run("reset all\n", 240, "shell");
      assertThat(reset.exitCode()).as(reset.all()).isZero();
      assertThat(reset.out()).as(reset.all()).contains("anonymous volume ");
      assertThat(lines("volume", "ls", "-q", "--filter", "dangling=true")).as(reset.all()).isEqualTo(before);
    } finally {
      cli("volume", "rm", theirsVolume);
    }
  }
}
