package org.dockerlab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/github-classroom: the workflow parses, names only actions that exist, and feeds the reporter what it reads. */
class GitHubClassroomWorkflowTest {
  static final Path EXAMPLE = Path.of("examples/github-classroom");
  /**
   * The actions the workflow may use, each checked to exist at that tag (the tags of the repositories on
   * GitHub, 2026-12-02): actions/checkout has v1-v7, actions/setup-java v1-v5 (v5 runs on node24),
   * classroom-resources/autograding-grading-reporter v1 only.
   */
  static final Set<String> ACTIONS = Set.of("actions/checkout@v5", "actions/setup-java@v5", "classroom-resources/autograding-grading-reporter@v1");

  static JsonNode workflow;
  static List<JsonNode> steps;

  @BeforeAll
  static void parse() throws Exception {
    workflow = new YAMLMapper().readTree(EXAMPLE.resolve(".github/workflows/classroom.yml").toFile());
    steps = new ArrayList<>();
    workflow.at("/jobs/run-autograding-tests/steps").forEach(steps::add);
  }

  private static JsonNode step(String uses) {
    return steps.stream().filter(s -> s.path("uses").asText().startsWith(uses)).findFirst().orElseThrow(() -> new AssertionError("no step uses " + uses));
  }

  private static JsonNode stepWithId(String id) {
    return steps.stream().filter(s -> s.path("id").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no step with id " + id));
  }

  @Test
  void theNameAndTheOneJob_theReporterRecognises() {
    assertThat(workflow.path("name").asText()).isEqualTo("Autograding Tests");
    assertThat(workflow.path("jobs").size()).isEqualTo(1);
    assertThat(workflow.at("/jobs/run-autograding-tests/runs-on").asText()).isEqualTo("ubuntu-latest");
    assertThat(workflow.path("on")).extracting(JsonNode::asText).contains("push");
    assertThat(workflow.at("/permissions/checks").asText()).isEqualTo("write");
  }

  @Test
  void namesOnlyActionsThatExist() {
    List<String> used = steps.stream().filter(s -> s.has("uses")).map(s -> s.get("uses").asText()).toList();

    assertThat(used).isNotEmpty().allMatch(ACTIONS::contains, "one of " + ACTIONS);
    assertThat(Set.copyOf(used)).isEqualTo(ACTIONS);
  }

  @Test
  void theReporterGetsTheExamStepsResult_underTheNameItReads() {
    JsonNode reporter = step("classroom-resources/autograding-grading-reporter");
    String runner = reporter.at("/with/runners").asText();

    // the reporter reads process.env[RUNNER.toUpperCase() + "_RESULTS"], base64 of the result object
    assertThat(runner).matches("[a-zA-Z0-9]+");
    assertThat(reporter.at("/env/" + runner.toUpperCase(Locale.ROOT) + "_RESULTS").asText()).isEqualTo("${{ steps." + runner + ".outputs.result }}");
    String run = stepWithId(runner).path("run").asText();
    assertThat(run).contains("--format classroom --output result.json < solution.sh").contains("--learner \"$GITHUB_ACTOR\"")
        .contains("echo \"result=$(base64 -w0 result.json)\" >> \"$GITHUB_OUTPUT\"");
  }

  @Test
  void theExamIsOneDockerlabHas_andTheReleaseIsTheInstallHelpersArchive() {
    String exam = workflow.at("/env/DOCKERLAB_EXAM").asText();
    String install = steps.stream().map(s -> s.path("run").asText()).filter(r -> r.contains("install.sh")).findFirst().orElseThrow();

    assertThat(LessonLoader.bundledExams()).extracting(Lesson::id).contains(exam);
    assertThat(install).contains("name=\"dockerlab-${DOCKERLAB_VERSION}-linux-x64\"").contains("$name.tar.gz").contains("\"$RUNNER_TEMP/$name/install.sh\" --prefix \"$HOME/.local\"");
    assertThat(workflow.at("/env/DOCKERLAB_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void theErrorResult_whenDockerlabCannotGrade_isTheReportersShape() throws Exception {
    String run = stepWithId("exam").path("run").asText();
    String printf = run.substring(run.indexOf("printf '") + 8, run.indexOf("\\n' \"$DOCKERLAB_EXAM\""));
    JsonNode error = new ObjectMapper().readTree(printf.replaceFirst("%s", "move-and-publish").replaceFirst("%s", "3"));
    JsonNode theirs = new ObjectMapper().readTree(Path.of("src/test/resources/classroom/command-grader-result.json").toFile());

    assertThat(error.path("status").asText()).isEqualTo("error");
    assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(() -> theirs.fieldNames());
    assertThat(error.at("/tests/0").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(() -> theirs.at("/tests/0").fieldNames());
  }

  @Test
  void theStarterScoresNothing_theReferenceIsTheExamsOwnSolution() throws Exception {
    List<String> starter = commands(EXAMPLE.resolve("solution.sh"));
    List<String> reference = commands(EXAMPLE.resolve("reference-solution.sh"));
    Lesson exam = LessonLoader.bundledExams().stream().filter(e -> e.id().equals(workflow.at("/env/DOCKERLAB_EXAM").asText())).findFirst().orElseThrow();

    assertThat(starter).isEmpty();
    assertThat(reference).isEqualTo(exam.steps().stream().flatMap(s -> s.solution().stream()).toList());
  }

  static List<String> commands(Path script) throws Exception {
    return Files.readAllLines(script).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
