package org.dockerlab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Classroom example's grading step, run here as the workflow runs it on GitHub's runner
 * ({@code dockerlab exam ID --learner NAME --format classroom --output result.json < solution.sh}), against
 * this machine's engine: the reference solution gets full points, a partial one part of them.
 */
@RequiresEngine
class GitHubClassroomExampleIT {
  private static final String EXAM = "move-and-publish";

  @TempDir Path state;

  @AfterEach
  void removeWhatTheExamStarted() throws Exception {
    try (DockerRunner docker = new DockerRunner(state, Files.createDirectories(state.resolve("cleanup-config")))) {
      docker.run("rm", "-f", "-v", "myapp", "registry"); // -v: the registry's anonymous volume too
      docker.run("rmi", "localhost:5000/myapp");
    }
  }

  private JsonNode grade(String solution) throws Exception {
    Path result = state.resolve("result.json");
    LabProcess.Result r = new LabProcess(state).run(solution, 300, "exam", EXAM, "--learner", "octocat", "--format", "classroom", "--output", result.toString());
    assertThat(r.exitCode()).as(r.all()).isIn(ExitCode.OK, ExitCode.FAILED);
    return new ObjectMapper().readTree(result.toFile());
  }

  private static int examPoints() {
    return LessonLoader.bundledExams().stream().filter(e -> e.id().equals(EXAM)).findFirst().orElseThrow()
        .steps().stream().mapToInt(LessonStep::points).sum();
  }

  private static double score(JsonNode result) {
    double sum = 0;
    for (JsonNode t : result.get("tests")) {
      sum += t.get("score").asDouble();
    }
    return sum;
  }

  @Test
  void referenceSolution_everyCheckPasses_fullPoints() throws Exception {
    JsonNode result = grade(Files.readString(GitHubClassroomWorkflowTest.EXAMPLE.resolve("reference-solution.sh")));

    assertThat(result.get("status").asText()).as(result.toPrettyString()).isEqualTo("pass");
    assertThat(result.get("learner").asText()).isEqualTo("octocat");
    assertThat(result.get("max_score").asInt()).isEqualTo(examPoints());
    assertThat(score(result)).isEqualTo(examPoints());
    assertThat(result.get("tests")).allMatch(t -> t.get("status").asText().equals("pass"));
  }

  @Test
  void onlyTheArchiveDone_failStatus_thatGoalsPointsOnly() throws Exception {
    List<String> reference = GitHubClassroomWorkflowTest.commands(GitHubClassroomWorkflowTest.EXAMPLE.resolve("reference-solution.sh"));

    JsonNode result = grade(String.join("\n", reference.subList(0, 3)) + "\n");

    assertThat(result.get("status").asText()).isEqualTo("fail");
    assertThat(score(result)).as(result.toPrettyString()).isGreaterThan(0).isLessThan(examPoints());
    assertThat(result.get("tests")).filteredOn(t -> t.get("status").asText().equals("fail"))
        .allMatch(t -> t.get("test_code").asText().contains("expected: ") || t.get("test_code").asText().startsWith("not attempted"));
  }
}
