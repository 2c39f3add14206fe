package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.report.ReportFixtures.CLOCK;
import static org.dockerlab.report.ReportFixtures.RECORDED_AT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.shell.JournalLines;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.Verdict;
import org.dockerlab.report.CheckGrade.Kind;
import org.dockerlab.report.CheckGrade.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderTest {
  @TempDir Path workdir;

  private static CheckGrade check(GradeReport report, String lesson, String step) {
    return report.lessons().stream().filter(l -> l.id().equals(lesson)).findFirst().orElseThrow()
        .steps().stream().filter(s -> s.id().equals(step)).findFirst().orElseThrow().checks().get(0);
  }

  @Test
  void recorded_passedStep_isPassedWithItsEvidenceAndTime() {
    GradeReport report = new Grader(CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons());

    CheckGrade note = check(report, "notes", "write-note");
    assertThat(note.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(note.kind()).isEqualTo(Kind.RECORDED);
    assertThat(note.at()).isEqualTo(RECORDED_AT);
    assertThat(note.evidence()).containsEntry("size", "6");
    assertThat(report.live()).isFalse();
    assertThat(report.generatedAt()).isEqualTo(ReportFixtures.NOW);
  }

  @Test
  void recorded_attemptedStep_failsWithExpectedAndFound_atTheLastAttempt() {
    GradeReport report = new Grader(CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons());

    CheckGrade owner = check(report, "private", "owner-only");
    assertThat(owner.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(owner.at()).isEqualTo(RECORDED_AT.plusSeconds(60));
    assertThat(owner.expected()).isEqualTo(ReportFixtures.describe("private", 0, 0));
    assertThat(owner.found()).isNotBlank();
    assertThat(owner.message()).contains("2 time(s)");
    assertThat(check(report, "private", "copy").outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
    assertThat(check(report, "private", "copy").kind()).isEqualTo(Kind.NONE);
  }

  @Test
  void recorded_tallies_perLessonAndOverall_withHelpUsed() {
    GradeReport report = new Grader(CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons());

    assertThat(report.lessons().get(0).tally()).isEqualTo(new Tally(1, 0, 0, 0, 0, 1, 1, 1, 0, 0));
    assertThat(report.lessons().get(1).tally()).isEqualTo(new Tally(0, 1, 0, 1, 0, 0, 4, 2, 1, 0));
    assertThat(report.tally().score()).isEqualTo("1/3 checks passed (1 failed, 1 not attempted)");
    assertThat(report.tally().points()).isEqualTo("1/5 points");
    assertThat(report.tally().help()).isEqualTo("hints used 3, solutions revealed 1");
    assertThat(report.tally().allPassed()).isFalse();
  }

  @Test
  void recorded_verdictOfAnOlderLessonVersion_isNotAttempted_notPassed() {
    Verdict old = new Verdict(RECORDED_AT, List.of(new Verdict.CheckRecord("a check the lesson no longer has", "PASSED", "ok", Map.of()),
        new Verdict.CheckRecord("another", "PASSED", "ok", Map.of())));
    Progress p = Progress.EMPTY.withStep("notes", "write-note", s -> s.checked(RECORDED_AT, true, old));

    CheckGrade note = check(new Grader(CLOCK).recorded(p, ReportFixtures.lessons()), "notes", "write-note");

    assertThat(note.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
    assertThat(note.message()).contains("the lesson changed");
  }

  @Test
  void live_fileChecks_runNow_passOrFailWithExpectedAndFound() throws Exception {
    Files.writeString(workdir.resolve("note.txt"), "hello\n");
    CheckContext ctx = new CheckContext(null, workdir, workdir.resolve("docker-config"), Evidence.NONE, Map.of());
    GradeReport report;
    try (CheckRunner runner = new CheckRunner()) {
      report = new Grader(CLOCK).live(Progress.EMPTY, ReportFixtures.lessons(), runner, (l, s) -> ctx);
    }

    assertThat(report.live()).isTrue();
    CheckGrade note = check(report, "notes", "write-note");
    assertThat(note.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(note.kind()).isEqualTo(Kind.LIVE);
    assertThat(note.at()).isEqualTo(ReportFixtures.NOW);
    CheckGrade copy = check(report, "private", "copy");
    assertThat(copy.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(copy.expected()).isNotBlank();
    assertThat(copy.found()).isNotBlank();
  }

  @Test
  void live_ranCheck_looksAtTheAttemptsJournal_notAtARecordedVerdict() {
    Lesson save = LessonLoader.bundled().stream().filter(l -> l.id().equals("save")).findFirst().orElseThrow();
    Evidence looked = new Evidence(Instant.EPOCH, Map.of(), List.of(), JournalLines.asRan("ls -sh busybox.tar", 0, Instant.now()));
    GradeReport withJournal;
    GradeReport without;
    try (CheckRunner runner = new CheckRunner()) {
      withJournal = new Grader(CLOCK).live(Progress.EMPTY, List.of(save), runner, (l, s) -> new CheckContext(null, workdir, workdir, looked, Map.of()));
      without = new Grader(CLOCK).live(Progress.EMPTY, List.of(save), runner, (l, s) -> new CheckContext(null, workdir, workdir, Evidence.NONE, Map.of()));
    }

    CheckGrade ran = withJournal.lessons().get(0).steps().get(1).checks().get(1);
    assertThat(ran.kind()).isEqualTo(Kind.LIVE);
    assertThat(ran.outcome()).isEqualTo(Outcome.PASSED);
    CheckGrade notRan = without.lessons().get(0).steps().get(1).checks().get(1);
    assertThat(notRan.kind()).isEqualTo(Kind.LIVE);
    assertThat(notRan.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(notRan.message()).startsWith("not done yet: look at the size of busybox.tar");
  }
}
