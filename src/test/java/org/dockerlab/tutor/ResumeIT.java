package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TempLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Leaving the shell and coming back: the lesson and step are where the learner left them, the lab is not
 * set up again (the learner's files and removals stay), and {@code start} on that lesson resumes it.
 * Steps done by the docker CLI in another terminal count, as the engine's events show them.
 */
@RequiresEngine
class ResumeIT {
  @RegisterExtension final TempLab lab = new TempLab("dlt-resume-").resetAllAfter();

  @Test
  void aReopenedShell_resumesTheLessonAndStep_withoutRunningTheSetupAgain() throws Exception {
    LabProcess.Result first = lab.shell("start load\ndocker rmi busybox\nnext\n");
    assertThat(first.exitCode()).as(first.all()).isZero();
    assertThat(first.out()).contains("Step 1/3 complete").contains("Step 2/3: Load busybox.tar back");

    LabProcess.Result again = lab.shell("check\nprogress\n");
    assertThat(again.all()).doesNotContain("no lesson started");
    assertThat(again.out()).contains("the image busybox:latest is in the engine").contains("Now at: load, step 2/3");

    LabProcess.Result start = lab.shell("start load\nls busybox.tar\ndocker images busybox -q\n");
    assertThat(start.out())
        .contains("resumed where you were")
        .contains("Step 2/3: Load busybox.tar back")
        .doesNotContain("Preparing the lab");
    assertThat(start.out().lines().filter(l -> l.matches("[0-9a-f]{12}")).toList())
        .as("busybox stays removed: the setup did not run again").isEmpty();

    LabProcess.Result restart = lab.shell("start --restart load\n");
    assertThat(restart.out()).contains("Preparing the lab").contains("Step 1/3");
  }

  @Test
  void aStepDoneWithTheDockerCliInAnotherTerminal_counts() throws Exception {
    assertThat(lab.shell("start load\ndocker rmi busybox\nnext\n").exitCode()).isZero();
    DockerCliProcess.Result load = DockerCliProcess.run(lab.state().resolve("workspace"), lab.dir("cli-config"), "load", "-i", "busybox.tar");
    assertThat(load.exitCode()).as(load.output()).isZero();

    LabProcess.Result check = lab.shell("check\n");

    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.out()).contains("Step 2/3 complete");
  }
}
