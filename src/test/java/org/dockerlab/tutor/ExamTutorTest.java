package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Colour;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.report.CheckGrade;
import org.dockerlab.report.GradeReport;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.commands.ExamCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exam mode in-process on the fixture exams: file checks only, no engine, a clock the test moves. */
class ExamTutorTest {
  @TempDir Path dir;
  private final MovableClock clock = new MovableClock();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private ExamTutor exam;
  private LineRunner shell;
  private ProgressStore store;

  private void sit(String id) throws Exception {
    Lesson chosen = LessonLoader.loadExams(Path.of("src/test/resources/exams-fixture/exams")).stream()
        .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    // a gateway to no engine: connecting is lazy, and file checks and file setup never call it
    EngineLocator nowhere = EngineLocator.fromEnvironment(Map.of("DOCKER_HOST", "unix://" + dir.resolve("no.sock")), dir);
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> DockerGateway.connect(nowhere, dir.resolve("docker-config")),
        OutputStream.nullOutputStream(), new PrintWriter(out, true), new PrintWriter(err, true), false, false, Colour.NONE);
    store = new ProgressStore(dir.resolve("progress.json"), w -> {}, clock);
    exam = new ExamTutor(chosen, store, new Workbench(session::engine, workspace, dir.resolve("docker-config"), dir), clock);
    exam.start(line -> {});
    shell = new LineRunner(session, null, new ExamCommands(exam));
  }

  @AfterEach
  void close() {
    if (exam != null) {
      exam.close();
    }
  }

  @Test
  void goals_listTheTitlesOnly_withoutMarksOrText() throws Exception {
    sit("files");
    shell.run("goals");
    assertThat(out.toString()).contains(" 1. one.txt is in the workspace\n", " 2. two.txt holds at least 4 bytes\n", "Time left: 10:00.")
        .doesNotContain("never shown", "[ok]", "✔");
  }

  @Test
  void hints_refusedWhenTheExamSaysNo() throws Exception {
    sit("files");
    assertThat(shell.run("hint 2").exitCode()).isZero();
    assertThat(out.toString()).contains("No hints in this exam").doesNotContain("never shown either");
  }

  @Test
  void hints_givenAndCountedWhenAllowed() throws Exception {
    sit("quick");
    shell.run("hint 1");
    shell.run("hint 1");
    shell.run("hint 1");
    assertThat(out.toString()).contains("Hint for goal 1: touch makes an empty file.", "Hint for goal 1: Run touch early.txt", "No more hints for this goal.");
    assertThat(store.read().step("quick", "early").hintsUsed()).isEqualTo(2);
    assertThat(exam.grade().lessons().get(0).steps().get(0).hintsUsed()).isEqualTo(2);
  }

  @Test
  void solutionShowAndCheck_areRefused_oneLineEach() throws Exception {
    sit("files");
    for (String line : new String[] {"solution --yes", "show", "check", "next", "start notes"}) {
      assertThat(shell.run(line).exitCode()).as(line).isEqualTo(ExitCode.BAD_INPUT);
    }
    assertThat(err.toString().lines()).hasSize(5).allMatch(l -> l.startsWith("dockerlab: "));
    assertThat(out.toString()).doesNotContain("echo 1 > one.txt", "cp given.txt");
  }

  @Test
  void prompt_countsDown_andAtTheDeadlineTheShellStops_withoutRunningTheLine() throws Exception {
    sit("quick");
    assertThat(exam.promptPart()).isEqualTo("exam 0:03 left");
    clock.advance(Duration.ofSeconds(1));
    assertThat(exam.promptPart()).isEqualTo("exam 0:02 left");
    assertThat(shell.exitRequested()).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(shell.exitRequested()).isTrue();
    assertThat(shell.run("touch late.txt").exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(err.toString()).contains("the time is over; this line was not run");
    assertThat(dir.resolve("workspace/late.txt")).doesNotExist();
  }

  @Test
  void help_listsTheExamsCommands_notTheLessonsItRefuses() throws Exception {
    sit("quick");
    assertThat(shell.run("help").exitCode()).isZero();
    assertThat(out.toString()).contains("  goals ", "  submit ", "  hint N ", "  answer [ID] TEXT ", "  cd DIR ")
        .doesNotContain("  solution ", "  reset ", "  start ");
  }

  @Test
  void submit_stopsTheShell() throws Exception {
    sit("files");
    shell.run("submit");
    assertThat(exam.submitted()).isTrue();
    assertThat(shell.exitRequested()).isTrue();
  }

  @Test
  void grade_runsEveryCheckLive_theJournalIncluded_andRecordsEachGoal() throws Exception {
    sit("files");
    shell.run("echo 1 > one.txt");
    shell.run("cat given.txt > two.txt");
    GradeReport report = exam.grade();
    assertThat(report.lessons().get(0).steps()).extracting(s -> s.checks().stream().map(CheckGrade::outcome).toList())
        .containsExactly(
            java.util.List.of(CheckGrade.Outcome.PASSED),
            java.util.List.of(CheckGrade.Outcome.PASSED, CheckGrade.Outcome.FAILED)); // the ran check wants cp
    assertThat(report.tally().allPassed()).isFalse();
    StepProgress one = store.read().step("files", "one");
    assertThat(one.status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(one.verdict().checks()).hasSize(1);
    assertThat(store.read().step("files", "two").status()).isEqualTo(StepProgress.Status.ATTEMPTED);
  }

  @Test
  void start_forgetsTheLastSittingsVerdicts() throws Exception {
    sit("files");
    shell.run("echo 1 > one.txt");
    exam.grade();
    exam.close();
    sit("files");
    assertThat(store.read().step("files", "one").status()).isEqualTo(StepProgress.Status.NOT_STARTED);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2030-01-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
