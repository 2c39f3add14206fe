package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load lesson's steps pass on the engine's load events, whatever form of docker load the learner used
 * (a pipe, gunzip, the docker CLI in another terminal), and fail when the image came back without a load.
 */
@RequiresEngine
class LoadEventsIT {
  private Path root;
  private Path state;

  @BeforeEach
  void makeTheState() throws IOException {
    root = Files.createTempDirectory("dlt-loaded-");
    state = Files.createDirectories(root.resolve("state"));
  }

  @AfterEach
  void cleanUp() throws Exception {
    new LabProcess(state).run("reset all\n", 120, "shell");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private LabProcess.Result shell(String lines) throws Exception {
    return new LabProcess(state).run(lines, 180, "shell");
  }

  @Test
  void loadThroughCatAndGunzipPipes_completesBothLoadSteps() throws Exception {
    LabProcess.Result r = shell(
        "start load\ndocker rmi busybox\nnext\n"
            + "cat busybox.tar | docker load\ncheck\nnext\n"
            + "docker save busybox | gzip > busybox.tar.gz\ndocker rmi busybox\ngunzip -c busybox.tar.gz | docker load\ncheck\n");

    assertThat(r.out()).as(r.all()).contains("Step 2/3 complete").contains("Step 3/3 complete");
  }

  @Test
  void theNameBroughtBackWithoutALoad_doesNotPass() throws Exception {
    String id = DockerCliProcess.run(root, Files.createDirectories(root.resolve("cli-config")), "images", "-q", "busybox:latest").output().strip();
    assertThat(id).matches("[0-9a-f]{12}");

    LabProcess.Result r = shell("start load\ndocker rmi busybox\nnext\necho docker load -i busybox.tar\ndocker load -i nothing.tar\ndocker tag " + id + " busybox:latest\ncheck\n");

    assertThat(r.out()).as(r.all()).doesNotContain("Step 2/3 complete").contains("loaded nothing since busybox.tar was written");
  }
}
