package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.EngineDocker;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docker build on the engine's classic builder, offline FROM the lab's busybox: the image runs. */
@RequiresEngine
class BuildIT {
  private final String image = "dlt-build-" + System.nanoTime();
  @TempDir Path dir;
  @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir);

  @AfterEach
  void cleanUp() {
    for (String name : new String[] {image + "-run", image + "-bad"}) {
      try {
        docker.engine().removeContainer(name, true);
      } catch (RuntimeException gone) {
        // never made
      }
    }
    for (String tag : new String[] {image + ":latest", image + ":2"}) {
      try {
        docker.engine().removeImage(tag, true);
      } catch (RuntimeException gone) {
        // never made
      }
    }
  }

  @Test
  void build_makesAnImageDockerRunStarts_withTheClassicBuildersSteps() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nARG GREETING=hello\nCOPY msg.txt /msg.txt\nRUN echo \"$GREETING\" >> /msg.txt\nCMD [\"cat\", \"/msg.txt\"]\n");
    Files.writeString(app.resolve("msg.txt"), "from the context\n");
    Files.writeString(app.resolve("ignored.txt"), "x");
    Files.writeString(app.resolve(".dockerignore"), "ignored.txt\n");

    DockerRunner.Result r = docker.run("build", "--no-cache", "--build-arg", "GREETING=built", "-t", image, "-t", image + ":2", "app");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Sending build context to Docker daemon  ")
        .contains("Step 1/5 : FROM busybox\n", "Step 5/5 : CMD [\"cat\", \"/msg.txt\"]\n", "Successfully tagged " + image + ":latest\n",
            "Successfully tagged " + image + ":2\n");
    DockerRunner.Result run = docker.run("run", "--name", image + "-run", image);
    assertThat(run.out()).isEqualTo("from the context\nbuilt\n");
    assertThat(org.dockerlab.images.LabImages.isStandIn(docker.engine().inspectImage(image).orElseThrow()))
        .as("an image built FROM a stand-in is the learner's, though it inherits the label").isFalse();
  }

  @Test
  void aMistypedInstruction_isTheEnginesWords_withAHint() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nRUNN echo hi\n");

    DockerRunner.Result r = docker.run("build", "-t", image, "app");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .contains("unknown instruction: RUNN").contains("(hint: check the spelling of RUNN");
  }

  @Test
  void aFailingRunStep_saysWhichCommand_andTheQuietBuildPrintsTheId() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nRUN exit 3\n");
    DockerRunner.Result r = docker.run("build", "-t", image, "app");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("returned a non-zero code: 3").contains("hint: a RUN step failed");

    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nLABEL x=y\n");
    DockerRunner.Result quiet = docker.run("build", "-q", "-t", image, "app");
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.out()).matches("sha256:[0-9a-f]{64}\n");
  }
}
