package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.Verdict;
import org.dockerlab.testing.Cli;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code grade --live --lesson save} against the real engine, after the lesson's commands ran. */
@RequiresEngine
class GradeLiveIT {
  private Path root;
  private Path state;
  private Path workspace;

  @BeforeEach
  void saveBusyboxTwice() throws IOException {
    root = Files.createTempDirectory("dlt-grd-");
    state = Files.createDirectories(root.resolve("state"));
    workspace = Files.createDirectories(root.resolve("workspace"));
    try (DockerRunner docker = new DockerRunner(workspace, Files.createDirectories(root.resolve("docker-config")))) {
      assertThat(docker.run("save", "-o", "busybox.tar", "busybox").exitCode()).isZero();
      assertThat(docker.run("save", "--output", "busybox-o.tar", "busybox").exitCode()).isZero();
    }
  }

  @AfterEach
  void removeTheTempFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Cli.Result gradeLive() {
    return new Cli(state).run("grade", "--live", "--lesson", "save", "--workdir", workspace.toString(), "--format", "json");
  }

  @Test
  void gradeLive_afterTheSaveCommands_archiveChecksPass_historyChecksNotGradableLive() throws IOException {
    Cli.Result r = gradeLive();

    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
    assertThat(report.at("/mode").asText()).isEqualTo("live");
    JsonNode steps = report.at("/lessons/0/steps");
    assertThat(steps.at("/0/checks/0/outcome").asText()).as(steps.toString()).isEqualTo("passed");
    assertThat(steps.at("/0/checks/0/kind").asText()).isEqualTo("live");
    assertThat(steps.at("/0/checks/0/evidence").toString()).contains("busybox:latest");
    assertThat(steps.at("/1/checks/0/outcome").asText()).isEqualTo("passed");
    assertThat(steps.at("/2/checks/0/outcome").asText()).isEqualTo("passed");
    assertThat(steps.at("/1/checks/1/outcome").asText()).isEqualTo("not-gradable");
    assertThat(steps.at("/1/checks/1/message").asText()).contains("cannot be graded live");
    assertThat(report.at("/summary/passed").asInt()).isEqualTo(3);
    assertThat(report.at("/summary/notGradable").asInt()).isEqualTo(2);
  }

  @Test
  void gradeLive_withTheHistoryVerdictsRecordedInTheShell_passes_exit0() {
    recordHistoryVerdicts();

    Cli.Result r = new Cli(state).run("grade", "--live", "--lesson", "save", "--workdir", workspace.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Overall: 5/5 checks passed").contains("[live ").contains("[recorded 2024-05-01 10:00:00 UTC]");
  }

  @Test
  void gradeLive_afterTheArchivesAreGone_failsSayingWhatIsMissing() throws IOException {
    recordHistoryVerdicts();
    Files.delete(workspace.resolve("busybox.tar"));
    Files.delete(workspace.resolve("busybox-o.tar"));

    Cli.Result r = new Cli(state).run("grade", "--live", "--lesson", "save", "--workdir", workspace.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("FAIL  save-redirect:").contains("busybox.tar").contains("expected:").contains("found:");
  }

  private void recordHistoryVerdicts() {
    Lesson save = LessonLoader.bundled().stream().filter(l -> l.id().equals("save")).findFirst().orElseThrow();
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    ProgressStore store = new ProgressStore(state.resolve("progress.json"), w -> { }, Clock.systemUTC());
    for (var step : save.steps()) {
      Verdict v = new Verdict(at, step.checks().stream().map(c -> new Verdict.CheckRecord(c.describe(), "PASSED", "ok", Map.of())).toList());
      store.update(p -> p.withStep("save", step.id(), s -> s.checked(at, true, v)));
    }
  }
}
