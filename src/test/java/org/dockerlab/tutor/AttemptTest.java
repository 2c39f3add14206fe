package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.testing.FakeGateway;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.shell.JournalLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One attempt at a lesson, on a fake engine: what it records, what it remembers, what it forgets. */
class AttemptTest {
  private static final ImageDetails BUSYBOX = new ImageDetails("sha256:b0b0", List.of("busybox:latest"), List.of(), null, 4_000_000);

  @TempDir Path dir;
  private final CheckRunner checks = new CheckRunner();
  private final Lesson lesson = LessonLoader.load(Path.of("src/test/resources/tutor-fixture")).get(0);
  private ProgressStore store;

  @AfterEach
  void close() {
    checks.close();
  }

  private Attempt attempt(DockerGateway engine) {
    store = new ProgressStore(dir.resolve("progress.json"), w -> {}, Clock.fixed(Instant.parse("2030-01-01T10:00:00Z"), ZoneOffset.UTC));
    return Attempt.begin(lesson, store, bench(engine), checks, store.clock());
  }

  private Workbench bench(DockerGateway engine) {
    return new Workbench(() -> engine, dir, dir.resolve("docker-config"), dir);
  }

  private static List<JournalEntry> ran(String line, int status) {
    return JournalLines.asRan(line, status, Instant.parse("2030-01-01T10:00:01Z"));
  }

  private LessonStep step(String id) {
    return lesson.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private List<QuizCheck> quizzes() {
    return List.of((QuizCheck) step("quiz").checks().get(0));
  }

  @Test
  void evaluate_allPassing_recordsAVerdictWithItsEvidence_newlyCompleteOnlyTheFirstTime() {
    Attempt attempt = attempt(new FakeGateway().withImage(BUSYBOX));
    Evaluation first = attempt.evaluate(step("image"));
    assertThat(first.allPassed()).isTrue();
    assertThat(first.newlyComplete()).isTrue();
    StepProgress recorded = store.read().step("practice", "image");
    assertThat(recorded.status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(recorded.verdict().at()).isEqualTo(Instant.parse("2030-01-01T10:00:00Z"));
    assertThat(recorded.verdict().checks()).singleElement()
        .satisfies(c -> assertThat(c.evidence()).containsValue("sha256:b0b0"))
        .satisfies(c -> assertThat(c.status()).isEqualTo("PASSED"));

    Evaluation again = attempt.evaluate(step("image"));
    assertThat(again.allPassed()).isTrue();
    assertThat(again.newlyComplete()).isFalse();
    assertThat(store.read().step("practice", "image").checksRun()).isEqualTo(2);
  }

  @Test
  void evaluate_failing_recordsAnAttemptWithoutAVerdict_andSaysWhatFailed() {
    Attempt attempt = attempt(new FakeGateway());
    Evaluation e = attempt.evaluate(step("image"));
    assertThat(e.allPassed()).isFalse();
    assertThat(e.newlyComplete()).isFalse();
    assertThat(e.firstFailure()).startsWith("the image busybox:latest is in the engine");
    StepProgress recorded = store.read().step("practice", "image");
    assertThat(recorded.status()).isEqualTo(StepProgress.Status.ATTEMPTED);
    assertThat(recorded.verdict()).isNull();
  }

  @Test
  void evaluate_withTheEngineDown_isAnErrorNotAPass() {
    Attempt attempt = attempt(FakeGateway.down());
    Evaluation e = attempt.evaluate(step("image"));
    assertThat(e.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(CheckResult.Status.ERROR));
    assertThat(store.read().step("practice", "image").status()).isEqualTo(StepProgress.Status.ATTEMPTED);
  }

  @Test
  void journal_feedsTheRanChecks_andRestartingTheStepCountsOnlyWhatComesAfter() {
    Attempt attempt = attempt(FakeGateway.down());
    attempt.record(ran("echo ls no listing here", 0));
    attempt.record(ran("ls -sh busybox.tar", 2));
    assertThat(attempt.evaluate(step("typed")).allPassed()).isFalse();
    attempt.record(ran("ls -sh busybox.tar", 0));
    assertThat(attempt.evaluate(step("typed")).allPassed()).isTrue();

    Clock later = Clock.fixed(Instant.parse("2030-01-01T10:05:00Z"), ZoneOffset.UTC);
    Attempt resumed = Attempt.resume(lesson, store, bench(FakeGateway.down()), checks, later).orElseThrow();
    assertThat(resumed.evidence(step("typed")).journal()).hasSize(3);
    resumed.restart(step("typed"));
    assertThat(store.read().step("practice", "typed").status()).isEqualTo(StepProgress.Status.NOT_STARTED);
    assertThat(resumed.evidence(step("typed")).journal()).isEmpty();
    assertThat(resumed.evaluate(step("typed")).allPassed()).isFalse();
  }

  @Test
  void anAttempt_isResumedAsItWasLeft_andANewOnePutsItAside() {
    Attempt first = attempt(FakeGateway.down());
    first.record(ran("ls", 0));
    first.answer(quizzes(), List.of("4000"), "this step", "tar.gz");
    first.moveTo(2);

    Attempt resumed = Attempt.resume(lesson, store, bench(FakeGateway.down()), checks, store.clock()).orElseThrow();
    assertThat(resumed.step()).isEqualTo(2);
    assertThat(resumed.answers()).containsEntry("port", "4000");
    assertThat(resumed.tries().get("port")).singleElement().satisfies(t -> assertThat(t.right()).isFalse());
    assertThat(resumed.evidence(step("typed")).journal()).hasSize(1);

    Attempt.begin(lesson, store, bench(FakeGateway.down()), checks, store.clock());
    Attempt fresh = Attempt.resume(lesson, store, bench(FakeGateway.down()), checks, store.clock()).orElseThrow();
    assertThat(fresh.step()).isZero();
    assertThat(fresh.answers()).isEmpty();
    assertThat(fresh.evidence(step("typed")).journal()).isEmpty();
    assertThat(dir.resolve("attempts/old")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("practice."));
  }

  @Test
  void aDamagedAttemptFile_isSetAside_andTheLessonIsNotInProgress() throws Exception {
    attempt(FakeGateway.down());
    Files.writeString(dir.resolve("attempts/practice/attempt.json"), "{ not json");
    List<String> warnings = new ArrayList<>();
    Workbench bench = new Workbench(FakeGateway::down, dir, dir.resolve("docker-config"), dir, warnings::add);
    assertThat(Attempt.resume(lesson, store, bench, checks, store.clock())).isEmpty();
    assertThat(warnings).singleElement().asString().contains("could not be read").contains("moved aside");
    assertThat(dir.resolve("attempts/practice")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("attempt.json.corrupt-"));
  }

  @Test
  void answer_byTextAlone_orIdAndText_isJudgedAtOnce_andEveryTryIsKept() {
    Attempt attempt = attempt(FakeGateway.down());
    Attempt.Answered wrong = attempt.answer(quizzes(), List.of("4000"), "this step", "tar.gz");
    assertThat(wrong.quiz().id()).isEqualTo("port");
    assertThat(wrong.right()).isFalse();
    assertThat(attempt.evaluate(step("quiz")).allPassed()).isFalse();
    assertThat(attempt.answer(quizzes(), List.of("port", "5000"), "this step", "tar.gz").right()).isTrue();
    assertThat(attempt.evaluate(step("quiz")).allPassed()).isTrue();
    assertThat(attempt.tries().get("port")).extracting(QuizTry::answer).containsExactly("4000", "5000");
  }

  @Test
  void answer_withoutAQuestionOrWithoutText_isBadInputInOneLine() {
    Attempt attempt = attempt(FakeGateway.down());
    assertThatThrownBy(() -> attempt.answer(List.of(), List.of("x"), "this step", "tar.gz"))
        .isInstanceOf(LabException.class).hasMessage("answer: this step has no question to answer")
        .satisfies(e -> assertThat(((LabException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    assertThatThrownBy(() -> attempt.answer(quizzes(), List.of(), "this exam", "tls"))
        .hasMessage("answer: write your answer after it, e.g. answer tls");
  }

  @Test
  void hints_comeInOrder_areCountedHereAndInTheProgress_andSurviveForgettingTheVerdicts() {
    Attempt attempt = attempt(new FakeGateway().withImage(BUSYBOX));
    assertThat(attempt.nextHint(step("image"))).contains("Look at docker pull.");
    assertThat(attempt.nextHint(step("image"))).contains("Run docker pull busybox");
    assertThat(attempt.nextHint(step("image"))).isEmpty();
    assertThat(attempt.hintsUsed(step("image"))).isEqualTo(2);
    assertThat(attempt.helpUsed().step("practice", "image").hintsUsed()).isEqualTo(2);

    attempt.evaluate(step("image"));
    attempt.forgetVerdicts();
    StepProgress after = store.read().step("practice", "image");
    assertThat(after.status()).isEqualTo(StepProgress.Status.NOT_STARTED);
    assertThat(after.hintsUsed()).isEqualTo(2);
  }

  @Test
  void solutionShown_isRecordedAsAssisted() {
    Attempt attempt = attempt(FakeGateway.down());
    attempt.solutionShown(step("quiz"));
    assertThat(store.read().step("practice", "quiz").solutionRevealed()).isTrue();
  }
}
