package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many answers a learner gave to each quiz, and whether the last was right, in every report format. */
class QuizTriesReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LESSON = """
      id: quiz
      title: Questions
      summary: Two quiz steps and a file step.
      requires:
        images: []
        lessons: []
      setup: []
      steps:
        - id: first
          title: First question
          text: Answer it.
          checks:
            - type: quiz
              id: hub
              question: Where does ubuntu come from?
              options: [localhost:5000, docker.io]
              answers: [b]
          hints: [The default one.]
          solution: [answer b]
        - id: second
          title: Second question
          text: Answer it.
          checks:
            - type: quiz
              id: digest
              question: What names an image's content?
              answers: [digest, the digest]
          hints: [sha256.]
          solution: [answer digest]
        - id: note
          title: A note
          text: Write a file.
          checks:
            - type: file
              path: note.txt
          hints: [Any command.]
          solution: [echo hi > note.txt]
      cleanup: []
      """;

  @TempDir Path dir;
  private List<Lesson> lessons;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(Files.createDirectories(dir.resolve("lessons")).resolve("01-quiz.yaml"), LESSON);
    lessons = LessonLoader.load(dir.resolve("lessons"));
  }

  /** first: two wrong answers, then right (a verdict); second: two wrong answers, not right yet; note: untouched. */
  private GradeReport report() {
    String described = lessons.get(0).steps().get(0).checks().get(0).describe();
    Verdict verdict = new Verdict(ReportFixtures.RECORDED_AT, List.of(new Verdict.CheckRecord(described, "PASSED", "right", Map.of("answer", "b"))));
    Progress p = Progress.EMPTY.withLearner("Ada")
        .withStep("quiz", "first", s -> s.answered(ReportFixtures.RECORDED_AT).answered(ReportFixtures.RECORDED_AT).answered(ReportFixtures.RECORDED_AT)
            .checked(ReportFixtures.RECORDED_AT, true, verdict))
        .withStep("quiz", "second", s -> s.answered(ReportFixtures.RECORDED_AT).answered(ReportFixtures.RECORDED_AT)
            .checked(ReportFixtures.RECORDED_AT, false, null));
    return new Grader(ReportFixtures.CLOCK).recorded(p, lessons);
  }

  @Test
  void grader_countsTheAnswers_andSaysWhetherTheQuizWasRightInTheEnd() {
    List<StepGrade> steps = report().lessons().get(0).steps();
    assertThat(steps.get(0).help().quizAttempts()).isEqualTo(3);
    assertThat(steps.get(0).quizRight()).isTrue();
    assertThat(steps.get(0).quizSummary()).contains("answered right in 3 tries");
    assertThat(steps.get(1).help().quizAttempts()).isEqualTo(2);
    assertThat(steps.get(1).quizRight()).isFalse();
    assertThat(steps.get(1).quizSummary()).contains("2 answers, not right yet");
    assertThat(steps.get(2).quizRight()).isNull();
    assertThat(steps.get(2).quizSummary()).isEmpty();
  }

  @Test
  void oneRightAnswer_isTheFirstTry() {
    StepGrade one = new StepGrade("s", "S", 1, new Help(0, false, false, 1), List.of(), true);
    assertThat(one.quizSummary()).contains("answered right at the first try");
    StepGrade uncounted = new StepGrade("s", "S", 1, Help.NONE, List.of(), true);
    assertThat(uncounted.quizSummary()).isEmpty();
  }

  @Test
  void text_saysItOnTheStepsLine() {
    String text = RenderersTest.render(ReportFormat.TEXT, report());
    assertThat(text).contains("  first (1/1 point): First question; answered right in 3 tries",
        "  second (0/1 point): Second question; 2 answers, not right yet");
    assertThat(text).containsPattern("(?m)^  note \\(0/1 point\\): A note$");
  }

  @Test
  void json_carriesTheCountAndTheOutcome_andMatchesTheSchema() throws Exception {
    JsonNode doc = JSON.readTree(RenderersTest.render(ReportFormat.JSON, report()));
    assertThat(new MiniSchema(JSON.readTree(Path.of("docs/grade-report.schema.json").toFile())).validate(doc)).isEmpty();
    assertThat(doc.at("/lessons/0/steps/0/quizAttempts").asInt()).isEqualTo(3);
    assertThat(doc.at("/lessons/0/steps/0/quizRight").asBoolean()).isTrue();
    assertThat(doc.at("/lessons/0/steps/1/quizAttempts").asInt()).isEqualTo(2);
    assertThat(doc.at("/lessons/0/steps/1/quizRight").isBoolean()).isTrue();
    assertThat(doc.at("/lessons/0/steps/1/quizRight").asBoolean()).isFalse();
    assertThat(doc.at("/lessons/0/steps/2").has("quizAttempts")).isFalse();
    assertThat(doc.at("/lessons/0/steps/2").has("quizRight")).isFalse();
  }

  @Test
  void markdown_junit_andClassroom_sayIt() throws Exception {
    GradeReport report = report();
    assertThat(RenderersTest.render(ReportFormat.MARKDOWN, report)).contains("<br>answered right in 3 tries |", "<br>2 answers, not right yet |");
    assertThat(RenderersTest.render(ReportFormat.JUNIT, report)).contains("quiz: answered right in 3 tries", "quiz: 2 answers, not right yet");
    JsonNode classroom = JSON.readTree(RenderersTest.render(ReportFormat.CLASSROOM, report));
    assertThat(classroom.at("/tests/0/quiz").asText()).isEqualTo("answered right in 3 tries");
    assertThat(classroom.at("/tests/0/quiz_attempts").asInt()).isEqualTo(3);
    assertThat(classroom.at("/tests/1/quiz").asText()).isEqualTo("2 answers, not right yet");
    assertThat(classroom.at("/tests/2").has("quiz")).isFalse();
  }
}
