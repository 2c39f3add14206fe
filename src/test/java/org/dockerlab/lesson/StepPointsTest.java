package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepPointsTest {
  private static String lesson(String pointsLine) {
    return """
        id: worth
        title: Steps worth points
        summary: A fixture.
        steps:
          - id: one
            title: The first step
            text: Do it.
        %s
            checks:
              - {type: file, path: a.txt}
            hints: [Try.]
            solution: [touch a.txt]
        """.formatted(pointsLine);
  }

  private static LessonFile parse(String pointsLine) {
    return new LessonLoader().parse("lessons/01-worth.yaml", lesson(pointsLine));
  }

  @Test
  void noPoints_theStepIsWorthOne() {
    LessonFile file = parse("");

    assertThat(file.problems()).isEmpty();
    assertThat(file.lesson().orElseThrow().steps().get(0).points()).isEqualTo(1);
  }

  @Test
  void pointsGiven_theStepIsWorthThem() {
    LessonFile file = parse("    points: 5");

    assertThat(file.problems()).isEmpty();
    assertThat(file.lesson().orElseThrow().steps().get(0).points()).isEqualTo(5);
  }

  @ParameterizedTest(name = "points: {0}")
  @CsvSource(delimiter = '|', value = {
      "0        | must be a whole number from 1 to 1000, not 0",
      "-2       | must be a whole number from 1 to 1000, not -2",
      "1001     | must be a whole number from 1 to 1000, not 1001",
      "2.5      | must be a whole number without quotes, like 2, not 2.5",
      "'\"3\"'  | must be a whole number without quotes, like 2, not 3",
      "lots     | must be a whole number without quotes, like 2, not lots",
      "[1, 2]   | must be a whole number without quotes, like 2, not a list"})
  void badPoints_oneLineNamingTheFieldAndItsLine(String value, String message) {
    List<String> problems = parse("    points: " + value).problems().stream().map(Problem::toString).toList();

    assertThat(problems).containsExactly("lessons/01-worth.yaml:8: steps[0].points: " + message);
  }

  @Test
  void lint_reportsBadPointsLikeAnyOtherField() {
    LintReport report = LessonLinter.lint(new Curriculum(List.of(parse("    points: 0"))));

    assertThat(report.problems()).map(Problem::toString).containsExactly("lessons/01-worth.yaml:8: steps[0].points: must be a whole number from 1 to 1000, not 0");
  }
}
