package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.lesson.LessonLoaderTest.resource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LessonLinterTest {
  private static LintReport lint(String dir) {
    return LessonLinter.lint(new LessonLoader().read(resource(dir), dir));
  }

  private static List<String> lines(LintReport report) {
    return report.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void fixture_isClean() {
    LintReport report = lint("lessons-fixture");
    assertThat(report.problems()).isEmpty();
    assertThat(report.summary()).isEqualTo("2 lessons, 3 steps, 0 problems");
  }

  @Test
  void brokenCurriculum_reportsEveryProblem_oneLineEach() {
    LintReport report = lint("lessons-broken");
    assertThat(lines(report))
        .contains(
            "lessons-broken/02-other.yaml:6: requires.lessons[0]: no lesson has the id 'nowhere'",
            "lessons-broken/02-other.yaml:8: setup[0]: uses myimage:latest: list it in requires.images",
            "lessons-broken/02-other.yaml:17: steps[0].hints: a step needs at least one hint, gentle first, explicit last",
            "lessons-broken/02-other.yaml:18: steps[0].solution: a step needs a solution: the commands verify-lessons runs",
            "lessons-broken/02-other.yaml:19: steps[1].id: 'one' is already the id of an earlier step of this lesson",
            "lessons-broken/02-other.yaml:22: steps[1].checks: a step needs at least one check: how else would the lab know it is done?",
            "lessons-broken/03-unknown.yaml:4: colour: unknown field (known: cleanup, exam, id, requires, setup, steps, summary, title)",
            "lessons-broken/05-bad-action.yaml:5: setup[0].action: unknown action format-disk (known: ensure-image, logout, push-image, "
                + "remove-container, remove-file, remove-image, remove-volume, save-image, start-registry, write-file)");
    assertThat(lines(report)).anyMatch(l -> l.startsWith("lessons-broken/01-save.yaml:12: steps[0].checks[1].path: "));
    assertThat(lines(report)).allMatch(Pattern.compile("lessons-broken/0\\d-[\\w-]+\\.yaml:\\d+: [\\w.\\[\\]]+: .+").asMatchPredicate());
    assertThat(report.clean()).isFalse();
  }

  @Test
  void duplicateLessonIds_acrossFiles_andFileNamesThatDoNotMatch() {
    List<String> found = lines(LessonLinter.lint(new LessonLoader().read(resource("lessons-broken"), "b")));
    assertThat(found).anyMatch(l -> l.startsWith("b/04-dup.yaml:1: id: 'other' is already the id of b/02-other.yaml"));
    assertThat(found).contains("b/04-dup.yaml:1: id: the file should be named NN-other.yaml (NN gives the order), not 04-dup.yaml");
  }

  /** The linter asks the same question as the check types: [::1] is this machine too (it used to flag it). */
  @Test
  void ipv6LocalUrls_lintClean() {
    String yaml = "id: x\ntitle: T\nsummary: S\nsteps:\n  - {id: a, title: A, text: t, checks: [{type: http, url: 'http://[::1]:5000/v2/'}], "
        + "hints: [h], solution: [s], alternatives: [[x], [y]], counterexamples: [[z], [w]]}\n";
    LessonFile file = new LessonLoader().parse("lessons/01-x.yaml", yaml);
    assertThat(LessonLinter.lint(new Curriculum(List.of(file))).problems()).isEmpty();
  }

  /**
   * The real lessons use every check type of the schema; until all of them are registered, the only
   * problems allowed are unknown check types, and only for types not yet registered. (The integrator
   * tightens this to "no problems" once the check types land.)
   */
  @Test
  void realLessons_lintClean() {
    Path lessons = Path.of("lessons");
    LintReport report = LessonLinter.lint(new LessonLoader().read(lessons, "lessons"));
    int files = lessons.toFile().list((dir, name) -> name.matches("\\d\\d-.+\\.yaml")).length;
    assertThat(files).isGreaterThanOrEqualTo(9);
    assertThat(report.lessons()).isEqualTo(files);
    assertThat(report.problems()).isEmpty();
    assertThat(report.summary()).matches(files + " lessons, \\d+ steps, 0 problems");
  }
}
