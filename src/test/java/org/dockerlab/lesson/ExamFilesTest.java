package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.lesson.LessonLoaderTest.resource;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamFilesTest {
  private static final String GOAL = "  - {id: a, title: A goal, checks: [{type: file, path: a}], solution: [touch a], alternatives: [[x], [y]], counterexamples: [[z], [w]]}\n";
  private static final String EXAM = "id: x\ntitle: X\nsummary: S\nexam: {timeLimitMinutes: 0.5}\nsteps:\n" + GOAL;
  private static final String LESSON = "id: les\ntitle: L\nsummary: S\nsteps:\n"
      + "  - {id: a, title: A, text: t, checks: [{type: file, path: a}], hints: [h], solution: [touch a], alternatives: [[x], [y]], counterexamples: [[z], [w]]}\n";

  private static LintReport lint(List<String> lessons, List<String> exams) {
    LessonLoader loader = new LessonLoader();
    return LessonLinter.lint(
        new Curriculum(lessons.stream().map(t -> loader.parse("l/0" + (lessons.indexOf(t) + 1) + "-" + id(t) + ".yaml", t)).toList()),
        new Curriculum(exams.stream().map(t -> loader.parse("e/0" + (exams.indexOf(t) + 1) + "-" + id(t) + ".yaml", t)).toList()));
  }

  private static String id(String yaml) {
    return yaml.substring(4, yaml.indexOf('\n'));
  }

  private static List<String> problems(LintReport report) {
    return report.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void examFile_readsItsRules_andItsGoalsNeedNeitherTextNorHints() {
    LessonFile file = new LessonLoader().parse("e/01-x.yaml", EXAM);
    Lesson exam = file.lesson().orElseThrow();
    assertThat(exam.isExam()).isTrue();
    assertThat(exam.exam().timeLimit()).contains(Duration.ofSeconds(30));
    assertThat(exam.exam().hints()).isFalse();
    assertThat(exam.steps().get(0).text()).isEmpty();
    assertThat(lint(List.of(LESSON), List.of(EXAM)).summary()).isEqualTo("1 lesson, 1 exam, 2 steps, 0 problems");
  }

  @Test
  void examWithHintsAllowed_needsHints() {
    String exam = EXAM.replace("timeLimitMinutes: 0.5", "hints: true");
    assertThat(problems(lint(List.of(), List.of(exam)))).containsExactly(
        "e/01-x.yaml:6: steps[0].hints: a step needs at least one hint, gentle first, explicit last");
  }

  @Test
  void examFileWithoutExamSection_andLessonWithOne_areProblems() {
    String lessonWithExam = LESSON.replace("summary: S\n", "summary: S\nexam: {hints: true}\n");
    String examWithout = EXAM.replace("exam: {timeLimitMinutes: 0.5}\n", "");
    assertThat(problems(lint(List.of(lessonWithExam), List.of(examWithout)))).contains(
        "l/01-les.yaml:4: exam: only exam files, in the exams/ directory, have an exam section",
        "e/01-x.yaml:1: id: an exam file needs an exam section (exam: {timeLimitMinutes: 30, hints: false})");
  }

  @Test
  void lessonStepWithoutText_isAProblem_butLoads() {
    String noText = LESSON.replace("text: t, ", "");
    assertThat(problems(lint(List.of(noText), List.of()))).containsExactly("l/01-les.yaml:5: steps[0].text: is required: the why as well as the how");
  }

  @Test
  void examIdOfALesson_isAProblem_asBothKeyTheProgress() {
    String clash = EXAM.replace("id: x\n", "id: les\n");
    assertThat(problems(lint(List.of(LESSON), List.of(clash)))).anyMatch(p -> p.contains("'les' is already the id of l/01-les.yaml"));
  }

  @Test
  void timeLimitOfZero_isRefusedWithItsField() {
    LessonFile file = new LessonLoader().parse("e/01-x.yaml", EXAM.replace("0.5", "0"));
    assertThat(file.problems()).extracting(Problem::toString)
        .containsExactly("e/01-x.yaml:4: exam.timeLimitMinutes: 0.0 is not a time limit (more than 0, at most 1440 minutes)");
  }

  @Test
  void bundledExams_loadAndLintCleanWithTheLessons() {
    LessonLoader loader = new LessonLoader();
    LintReport report = LessonLinter.lint(loader.readBundled(), loader.readBundledExams());
    assertThat(problems(report)).isEmpty();
    Lesson exam = LessonLoader.bundledExams().stream().filter(e -> e.id().equals("move-and-publish")).findFirst().orElseThrow();
    assertThat(exam.exam().timeLimit()).contains(Duration.ofMinutes(30));
    assertThat(exam.exam().hints()).isFalse();
    assertThat(exam.steps()).hasSize(5).allMatch(g -> !g.checks().isEmpty() && !g.solution().isEmpty());
  }

  @Test
  void fixtureExams_lintClean() {
    LessonLoader loader = new LessonLoader();
    LintReport report = LessonLinter.lint(loader.read(resource("exams-fixture"), "f"), loader.read(resource("exams-fixture/exams"), "f/exams"));
    assertThat(problems(report)).isEmpty();
    assertThat(report.summary()).isEqualTo("1 lesson, 2 exams, 5 steps, 0 problems");
  }
}
