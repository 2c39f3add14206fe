package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.testing.FakeGateway;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
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
    return new Attempt(lesson, store, new Workbench(() -> engine, dir, dir.resolve("docker-config"), dir), checks);
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
  void journal_feedsTheHistoryChecks_andRestartingTheStepForgetsIt() {
    Attempt attempt = attempt(FakeGateway.down());
    attempt.record("echo no listing here");
    assertThat(attempt.evaluate(step("typed")).allPassed()).isFalse();
    attempt.record("ls -sh busybox.tar");
    assertThat(attempt.evaluate(step("typed")).allPassed()).isTrue();

    attempt.restart(step("typed"));
    assertThat(attempt.journal()).isEmpty();
    assertThat(store.read().step("practice", "typed").status()).isEqualTo(StepProgress.Status.NOT_STARTED);
    assertThat(attempt.evaluate(step("typed")).allPassed()).isFalse();
  }

  @Test
  void answer_byTextAlone_orIdAndText_isWhatTheQuizSees() {
    Attempt attempt = attempt(FakeGateway.down());
    assertThat(attempt.answer(quizzes(), List.of("4000"), "this step", "tar.gz").id()).isEqualTo("port");
    assertThat(attempt.evaluate(step("quiz")).allPassed()).isFalse();
    attempt.answer(quizzes(), List.of("port", "5000"), "this step", "tar.gz");
    assertThat(attempt.evaluate(step("quiz")).allPassed()).isTrue();
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
