package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.SeedNames;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dockerlab.testing.Specs;

/** The guided flow, scripted: a lesson done with the seed's commands is recorded, graded and reset. */
@RequiresEngine
class GuidedFlowIT {
  @TempDir Path state;
  private DockerGateway engine;

  @BeforeEach
  void connect() {
    engine = TestEngine.connect(state);
    SeedNames.clear(engine);
  }

  @AfterEach
  void close() {
    SeedNames.clear(engine);
    engine.close();
  }

  @Test
  void saveLesson_withTheSeedsCommands_completesEveryStep_isRecorded_andGradesLive_untilReset() throws Exception {
    LabProcess lab = new LabProcess(state);
    String script =
        """
        start save
        docker save busybox > busybox.tar
        next
        ls -sh busybox.tar
        next
        docker save --output busybox-o.tar busybox
        """;
    LabProcess.Result r = lab.run(script, 120, "shell");
    assertThat(r.exitCode()).as(r.all()).isZero();
    assertThat(r.out()).contains("Step 1/3 complete").contains("Step 2/3 complete").contains("Step 3/3 complete")
        .contains("That completes the lesson 'save'");
    assertThat(Files.readString(state.resolve("progress.json"))).contains("\"PASSED\"").contains("busybox:latest");

    LabProcess.Result recorded = lab.run("", 60, "grade", "--lesson", "save", "--format", "junit");
    assertThat(recorded.exitCode()).as(recorded.all()).isZero();
    assertThat(recorded.out()).contains("<testsuite").contains("failures=\"0\"");

    LabProcess.Result live = lab.run("", 60, "grade", "--live", "--lesson", "save");
    assertThat(live.exitCode()).as(live.all()).isZero();

    LabProcess.Result reset = lab.run("start save\nreset lesson\n", 60, "shell");
    assertThat(reset.exitCode()).as(reset.all()).isZero();
    LabProcess.Result after = lab.run("", 60, "grade", "--live", "--lesson", "save");
    assertThat(after.exitCode()).isEqualTo(1);
    assertThat(after.out()).contains("busybox.tar is missing");
  }

  @Test
  void aMistake_getsAMessageThatSaysWhatIsMissing_andAHint() throws Exception {
    LabProcess.Result r = new LabProcess(state).run("start save\ndocker save busybox > busybx.tar\ncheck\nhint\n", 60, "shell");
    assertThat(r.out()).contains("busybox.tar is missing").contains("there is busybx.tar: a typo?").contains("Hint 1/3");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aContainerTheLabDidNotCreate_isNeverRemoved_inScriptedUse() throws Exception {
    String id = engine.createContainer(Specs.container("registry", "busybox:latest", Map.of(), "sleep", "60"));
    try {
      LabProcess.Result r = new LabProcess(state).run("start local-registry\n", 60, "shell");
      assertThat(r.exitCode()).isNotZero();
      assertThat(r.err()).contains("a container named registry exists that the lab did not create")
          .contains("docker rm -f registry");
      assertThat(engine.containers(true)).anySatisfy(c -> assertThat(c.id()).isEqualTo(id));
    } finally {
      engine.removeContainer(id, true);
    }
  }

  @Test
  void resetAll_removesTheLabsContainers_andLeavesOthersAlone() throws Exception {
    String keep = engine.createContainer(Specs.container("dlt-flow-keep", "busybox:latest", Map.of(), "sleep", "60"));
    try {
      LabProcess.Result r = new LabProcess(state).run(
          "start local-registry\ndocker run -d -p 5000:5000 --name registry registry:2\nreset all\n", 120, "shell");
      assertThat(r.exitCode()).as(r.all()).isZero();
      assertThat(r.out()).contains("container registry: removed").contains("The lab is as new");
      assertThat(engine.containers(true)).noneSatisfy(c -> assertThat(c.name()).isEqualTo("registry"));
      assertThat(engine.containers(true)).anySatisfy(c -> assertThat(c.id()).isEqualTo(keep));
    } finally {
      engine.removeContainer(keep, true);
    }
  }

  @Test
  void progressFile_corruptedByHand_isMovedAside_andTheShellGoesOn() throws Exception {
    Files.createDirectories(state);
    Files.writeString(state.resolve("progress.json"), "{ this is not json");
    LabProcess.Result r = new LabProcess(state).run("start save\ndocker save busybox > busybox.tar\n", 60, "shell");
    assertThat(r.exitCode()).as(r.all()).isZero();
    assertThat(r.all()).contains("could not be read").contains("moved to");
    try (var files = Files.list(state)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.json.corrupt-"));
    }
    assertThat(Files.readString(state.resolve("progress.json"))).contains("\"PASSED\"");
  }
}
