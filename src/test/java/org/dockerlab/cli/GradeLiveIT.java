package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TempLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code grade --live --lesson save} against the real engine: it sees the evidence of the learner's attempt
 * (the shell's journal), so a whole lesson done in the shell, without {@code next}, grades as passed, and a
 * reset lesson as not done.
 */
@RequiresEngine
class GradeLiveIT {
  @RegisterExtension final TempLab lab = new TempLab("dlt-grd-");

  private Cli.Result gradeLive(String format) {
    return new Cli(lab.state()).run("grade", "--live", "--lesson", "save", "--format", format);
  }

  @Test
  void aWholeLessonDoneInTheShell_withoutNext_gradesLiveAsPassed_andAfterResetLessonAsNotDone() throws Exception {
    LabProcess.Result done = lab.shell("""
        start save
        docker save busybox > busybox.tar
        ls -sh busybox.tar
        docker image save --output=busybox-o.tar busybox:latest
        """);
    assertThat(done.exitCode()).as(done.all()).isZero();

    Cli.Result passed = gradeLive("text");
    assertThat(passed.exitCode()).as(passed.out() + passed.err()).isEqualTo(ExitCode.OK);
    assertThat(passed.out()).contains("5/5 checks passed");

    LabProcess.Result reset = lab.shell("reset lesson\n");
    assertThat(reset.exitCode()).as(reset.all()).isZero();
    Cli.Result afterReset = gradeLive("text");
    assertThat(afterReset.exitCode()).as(afterReset.out()).isEqualTo(ExitCode.FAILED);
    assertThat(afterReset.out()).contains("FAIL  save-redirect:").contains("busybox.tar").contains("not done yet: look at the size");
  }

  @Test
  void theArchivesMadeInAnotherTerminal_passTheStateChecks_butNotWhatOnlyTheShellSees() throws Exception {
    assertThat(lab.shell("start save\n").exitCode()).isZero();
    Path workspace = lab.dir("state/workspace");
    Path config = lab.dir("cli-config");
    assertThat(DockerCliProcess.run(workspace, config, "save", "-o", "busybox.tar", "busybox").exitCode()).isZero();
    assertThat(DockerCliProcess.run(workspace, config, "save", "--output", "busybox-o.tar", "busybox").exitCode()).isZero();

    Cli.Result r = gradeLive("json");

    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
    assertThat(report.at("/mode").asText()).isEqualTo("live");
    JsonNode steps = report.at("/lessons/0/steps");
    assertThat(steps.at("/0/checks/0/outcome").asText()).as(steps.toString()).isEqualTo("passed");
    assertThat(steps.at("/0/checks/0/evidence").toString()).contains("busybox:latest");
    assertThat(steps.at("/1/checks/0/outcome").asText()).isEqualTo("passed");
    assertThat(steps.at("/2/checks/0/outcome").asText()).isEqualTo("passed");
    assertThat(steps.at("/1/checks/1/outcome").asText()).isEqualTo("failed");
    assertThat(steps.at("/1/checks/1/message").asText()).startsWith("not done yet: look at the size of busybox.tar");
    assertThat(report.at("/summary/passed").asInt()).isEqualTo(3);
  }
}
