package org.dockerlab.report.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;
import org.junit.jupiter.api.Test;

class ClassRollTest {
  private static final Instant T1 = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-20T09:00:00Z");

  private static Submission read(String source, int order, Progress p, Instant generatedAt) throws Exception {
    return ReportReader.parse(ClassFixtures.json(p, generatedAt).getBytes(StandardCharsets.UTF_8), source, order, "x").submission();
  }

  private static ClassRoll roll(Submission... s) {
    return ClassRoll.of(List.of(s), List.of(), T2);
  }

  @Test
  void threeLearners_pointsPerLessonAndTotal() throws Exception {
    ClassRoll roll = roll(
        read("a.json", 0, ClassFixtures.complete("Complete"), T1),
        read("b.json", 1, ClassFixtures.partial("Partial"), T1),
        read("c.json", 2, ClassFixtures.empty("Empty"), T1));

    assertThat(roll.rows()).extracting(ClassRoll.Row::learner).containsExactly("Complete", "Empty", "Partial");
    ClassRoll.Row partial = roll.rows().get(2);
    assertThat(roll.earned(roll.rows().get(0))).isEqualTo(ClassFixtures.possible());
    assertThat(roll.earned(roll.rows().get(1))).isZero();
    assertThat(roll.earned(partial)).isEqualTo(ClassFixtures.possible("save") + ClassFixtures.possible("load"));
    assertThat(roll.earned(partial, "save")).isEqualTo(ClassFixtures.possible("save"));
    assertThat(roll.earned(partial, "hub")).isZero();
    assertThat(roll.possible()).isEqualTo(ClassFixtures.possible());
    assertThat(roll.help(partial).hintsUsed()).isEqualTo(2);
    assertThat(roll.help(partial).solutionsRevealed()).isEqualTo(1);
    assertThat(roll.help(partial).compact()).isEqualTo("2 hints, 1 solution");
    assertThat(roll.help(roll.rows().get(0))).hasToString("none");
    assertThat(roll.helped()).extracting(ClassRoll.Row::learner).containsExactly("Partial");
    assertThat(roll.mostFailed(10)).hasSize(1);
    assertThat(roll.mostFailed(10).get(0).column().lesson()).isEqualTo("hub");
    assertThat(roll.mostFailed(10).get(0).commonFailure()).contains("have not all passed yet");
  }

  @Test
  void sameLearnerInSeveralReports_latestVerdictOfEachStepCounts_whateverTheOrderOfTheFiles() throws Exception {
    Progress early = ClassFixtures.passed(Progress.EMPTY.withLearner("Ada"), T1, Set.of("save"));
    Progress late = Progress.EMPTY.withLearner("Ada").withStep("save", "save-redirect", s -> s.checked(T2, false, null));
    Submission first = read("monday.json", 0, early, T1);
    Submission second = read("friday.json", 1, late, T2);

    for (ClassRoll roll : List.of(roll(first, second), roll(second, first))) {
      ClassRoll.Row ada = roll.rows().get(0);
      ClassRoll.Column redirect = roll.columns().get(0);
      ClassRoll.Column size = roll.columns().get(1);
      assertThat(roll.rows()).hasSize(1);
      assertThat(ada.cell(redirect).outcome()).isEqualTo(StepOutcome.FAILED);
      assertThat(ada.cell(redirect).source()).isEqualTo("friday.json");
      assertThat(ada.cell(size).outcome()).as("friday's report has no verdict for it: monday's pass stands").isEqualTo(StepOutcome.PASSED);
      assertThat(ada.cell(size).source()).isEqualTo("monday.json");
      assertThat(ada.sources().get("monday.json")).containsExactly("save");
      assertThat(ada.sources().get("friday.json")).contains("save");
    }
  }

  @Test
  void helpUsed_isTheMostAnyReportShows() throws Exception {
    Progress hinted = ClassFixtures.empty("Ada").withStep("save", "save-redirect", StepProgress::hinted).withStep("save", "save-redirect", StepProgress::hinted);
    Progress later = ClassFixtures.passed(ClassFixtures.empty("Ada"), T2, Set.of("save"));

    ClassRoll roll = roll(read("a.json", 0, hinted, T1), read("b.json", 1, later, T2));

    assertThat(roll.help(roll.rows().get(0)).hintsUsed()).isEqualTo(2);
    assertThat(roll.rows().get(0).cell(roll.columns().get(0)).outcome()).isEqualTo(StepOutcome.PASSED);
  }

  @Test
  void anExamReport_itsGoalsComeAfterTheLessons() throws Exception {
    List<Submission> s = new ArrayList<>();
    String exam = """
        {"schemaVersion": 2, "learner": "Ada", "generatedAt": "2026-11-20T09:00:00Z", "mode": "live",
         "lessons": [{"id": "move-and-publish", "title": "Capstone", "exam": true, "steps": [
           {"id": "carry-archive", "title": "Carry", "points": 4, "hintsUsed": 0, "solutionRevealed": false, "assisted": true, "quizAttempts": 3,
            "checks": [{"check": "c", "outcome": "passed", "kind": "live", "at": "2026-11-20T09:00:00Z", "message": "ok"}]}]}]}
        """;
    s.add(ReportReader.parse(exam.getBytes(StandardCharsets.UTF_8), "exam.json", 0, "x").submission());
    s.add(read("grade.json", 1, ClassFixtures.complete("Ada"), T1));

    ClassRoll roll = ClassRoll.of(s, List.of(), T2);

    assertThat(roll.lessons().get(roll.lessons().size() - 1).lesson()).isEqualTo("move-and-publish");
    assertThat(roll.lessons().get(0).lesson()).isEqualTo("save");
    assertThat(roll.earned(roll.rows().get(0), "move-and-publish")).isEqualTo(4);
    assertThat(roll.help(roll.rows().get(0)).assisted()).isEqualTo(1);
    assertThat(roll.help(roll.rows().get(0)).quizAttempts()).isEqualTo(3);
  }
}
