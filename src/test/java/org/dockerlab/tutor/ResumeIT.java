package org.dockerlab.tutor;

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
 * Leaving the shell and coming back: the lesson and step are where the learner left them, the lab is not
 * set up again (the learner's files and removals stay), and {@code start} on that lesson resumes it.
 * Steps done by the docker CLI in another terminal count, as the engine's events show them.
 */
@RequiresEngine
class ResumeIT {
  private Path root;
  private Path state;

  @BeforeEach
  void makeTheState() throws IOException {
    root = Files.createTempDirectory("dlt-resume-");
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
    return new LabProcess(state).run(lines, 120, "shell");
  }

  @Test
  void aReopenedShell_resumesTheLessonAndStep_withoutRunningTheSetupAgain() throws Exception {
    LabProcess.Result first = shell("start load\ndocker rmi busybox\nnext\n");
    assertThat(first.exitCode()).as(first.all()).isZero();
    assertThat(first.out()).contains("Step 1/3 complete").contains("Step 2/3: Load busybox.tar back");

    LabProcess.Result again = shell("check\nprogress\n");
    assertThat(again.all()).doesNotContain("no lesson started");
    assertThat(again.out()).contains("the image busybox:latest is in the engine").contains("Now at: load, step 2/3");

    LabProcess.Result start = shell("start load\nls busybox.tar\ndocker images busybox -q\n");
    assertThat(start.out())
        .contains("resumed where you were")
        .contains("Step 2/3: Load busybox.tar back")
        .doesNotContain("Preparing the lab");
    assertThat(start.out().lines().filter(l -> l.matches("[0-9a-f]{12}")).toList())
        .as("busybox stays removed: the setup did not run again").isEmpty();

    LabProcess.Result restart = shell("start --restart load\n");
    assertThat(restart.out()).contains("Preparing the lab").contains("Step 1/3");
  }

  @Test
  void aStepDoneWithTheDockerCliInAnotherTerminal_counts() throws Exception {
    assertThat(shell("start load\ndocker rmi busybox\nnext\n").exitCode()).isZero();
    DockerCliProcess.Result load = DockerCliProcess.run(state.resolve("workspace"), Files.createDirectories(root.resolve("cli-config")), "load", "-i", "busybox.tar");
    assertThat(load.exitCode()).as(load.output()).isZero();

    LabProcess.Result check = shell("check\n");

    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.out()).contains("Step 2/3 complete");
  }
}
