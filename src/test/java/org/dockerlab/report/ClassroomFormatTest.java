package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.report.CheckGrade.Kind;
import org.dockerlab.report.CheckGrade.Outcome;
import org.junit.jupiter.api.Test;

/**
 * {@code --format classroom} against GitHub Classroom's own shapes: the command grader's result object
 * and the reporter's test fixture (src/test/resources/classroom/README.md names both sources).
 */
class ClassroomFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");
  /** Ours, beside the reporter's fields; the reporter ignores what it does not read. */
  private static final Set<String> OUR_EXTRA_FIELDS = Set.of("learner");

  private static JsonNode fixture(String name) throws Exception {
    return JSON.readTree(Path.of("src/test/resources/classroom", name).toFile());
  }

  private static JsonNode render(GradeReport report) throws Exception {
    return JSON.readTree(RenderersTest.render(ReportFormat.CLASSROOM, report));
  }

  /** What the reporter computes (src/helpers/test-helpers.js getTestScore, notify-classroom.js): JavaScript numbers are doubles, added in order. */
  private record Reported(double points, double maxPoints, long passed, String status) {
    static Reported of(JsonNode result) {
      double points = 0;
      for (JsonNode t : result.get("tests")) {
        points += t.get("score").asDouble();
      }
      long passed = Stream.iterate(0, i -> i + 1).limit(result.get("tests").size()).filter(i -> result.get("tests").get(i).get("status").asText().equals("pass")).count();
      return new Reported(points, result.path("max_score").asDouble(), passed, result.get("status").asText());
    }
  }

  private static CheckGrade check(Outcome outcome) {
    return new CheckGrade("a check", outcome, outcome == Outcome.NOT_ATTEMPTED ? Kind.NONE : Kind.LIVE, AT, outcome.label(), "wanted", "seen", Map.of());
  }

  private static GradeReport oneStep(int points, Outcome... outcomes) {
    StepGrade step = new StepGrade("step", "A step", points, Help.NONE, Stream.of(outcomes).map(ClassroomFormatTest::check).toList());
    return new GradeReport("Ada", true, AT, List.of(new LessonGrade("lesson", "A lesson", false, List.of(step))));
  }

  @Test
  void shape_isTheCommandGradersResult_everyFieldWithItsType_plusTheLearner() throws Exception {
    JsonNode theirs = fixture("command-grader-result.json");
    JsonNode ours = render(new Grader(ReportFixtures.CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons()));

    assertThat(sameShape(theirs, ours, "$")).isEmpty();
    assertThat(ours.get("tests")).hasSize(3);
    for (JsonNode t : ours.get("tests")) {
      assertThat(sameShape(theirs.get("tests").get(0), t, "$.tests[]")).isEmpty();
      assertThat(t.get("line_no").asInt()).as("the reporter prints 'line N' for any other value").isZero();
      assertThat(t.get("status").asText()).isIn("pass", "fail", "error");
    }
    assertThat(ours.get("learner").asText()).isEqualTo(ReportFixtures.LEARNER);
  }

  @Test
  void reporterArithmetic_onTheReportersOwnFixture_givesItsOwnExpectedNumbers() throws Exception {
    Reported r = Reported.of(fixture("reporter-mock-results.json"));

    // __tests__/aggregate-results.test.js expects score 1 of maxScore 2 for this runner
    assertThat(r.points()).isEqualTo(1.0);
    assertThat(r.maxPoints()).isEqualTo(2.0);
  }

  @Test
  void fixtureProgress_pointsAsTheReporterAddsThem_failStatus_failingTestsSayWhatWasExpected() throws Exception {
    JsonNode ours = render(new Grader(ReportFixtures.CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons()));
    Reported r = Reported.of(ours);

    assertThat(r).isEqualTo(new Reported(1.0, 5.0, 1, "fail"));
    assertThat(ours.at("/tests/0/name").asText()).isEqualTo("notes/write-note: " + ReportFixtures.describe("notes", 0, 0));
    assertThat(ours.at("/tests/1/status").asText()).isEqualTo("fail");
    assertThat(ours.at("/tests/1/test_code").asText()).contains("\nexpected: " + ReportFixtures.describe("private", 0, 0)).contains("\nfound: ");
    assertThat(ours.at("/tests/2/test_code").asText()).startsWith("not attempted: never attempted");
  }

  @Test
  void partialCredit_aStepsPointsSplitOverItsChecks_passingChecksEarnTheirShare() throws Exception {
    JsonNode ours = render(oneStep(2, Outcome.PASSED, Outcome.PASSED, Outcome.FAILED));

    assertThat(ours.get("tests")).extracting(t -> t.get("score").asDouble()).containsExactly(0.66, 0.66, 0.0);
    assertThat(Reported.of(ours)).isEqualTo(new Reported(1.32, 2.0, 2, "fail"));
    assertThat(render(oneStep(2, Outcome.FAILED, Outcome.FAILED, Outcome.PASSED)).at("/tests/2/score").asDouble()).as("the last share takes the rest").isEqualTo(0.68);
  }

  @Test
  void aCheckThatCouldNotRun_isAnError_theWholeResultToo() throws Exception {
    JsonNode ours = render(oneStep(1, Outcome.PASSED, Outcome.ERROR));

    assertThat(ours.get("status").asText()).isEqualTo("error");
    assertThat(ours.at("/tests/1/status").asText()).isEqualTo("error");
    assertThat(ours.at("/tests/0/score").asDouble()).isEqualTo(0.5);
  }

  @Test
  void everyBundledLessonAndExam_allPassed_sharesAddUpToExactlyTheirPoints_asTheReporterAddsThem() throws Exception {
    List<LessonGrade> lessons = new ArrayList<>();
    List<Lesson> all = new ArrayList<>(LessonLoader.bundled());
    all.addAll(LessonLoader.bundledExams());
    int possible = 0;
    for (Lesson lesson : all) {
      List<StepGrade> steps = new ArrayList<>();
      for (var step : lesson.steps()) {
        steps.add(new StepGrade(step.id(), step.title(), step.points(), Help.NONE, step.checks().stream().map(c -> check(Outcome.PASSED)).toList()));
        possible += step.points();
      }
      lessons.add(new LessonGrade(lesson.id(), lesson.title(), lesson.isExam(), steps));
    }
    JsonNode ours = render(new GradeReport("Ada", false, AT, lessons));

    assertThat(Reported.of(ours).status()).isEqualTo("pass");
    assertThat(Reported.of(ours).points()).isEqualTo(possible);
    assertThat(Reported.of(ours).maxPoints()).isEqualTo(possible);
  }

  /** Every field of {@code theirs} is in {@code ours} with the same JSON type; ours has no field beyond those and {@link #OUR_EXTRA_FIELDS}. */
  private static List<String> sameShape(JsonNode theirs, JsonNode ours, String path) {
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode mine = ours.get(f.getKey());
      if (mine == null) {
        problems.add(path + "." + f.getKey() + ": missing");
      } else if (mine.getNodeType() != f.getValue().getNodeType()) {
        problems.add(path + "." + f.getKey() + ": " + mine.getNodeType() + ", theirs is " + f.getValue().getNodeType());
      }
    }
    for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!theirs.has(name) && !(path.equals("$") && OUR_EXTRA_FIELDS.contains(name))) {
        problems.add(path + "." + name + ": not in their shape");
      }
    }
    return problems;
  }
}
