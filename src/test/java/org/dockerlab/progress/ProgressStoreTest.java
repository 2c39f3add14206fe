package org.dockerlab.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  @TempDir Path dir;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("progress.json"), warnings::add, Clock.fixed(T0, ZoneOffset.UTC));
  }

  private static Verdict verdict() {
    return new Verdict(T0, List.of(new Verdict.CheckRecord("busybox.tar holds busybox:latest", "PASSED", "ok", Map.of("tags", "busybox:latest"))));
  }

  @Test
  void update_thenReadInANewStore_givesTheSameProgress() {
    Progress written =
        store()
            .update(p -> p.withStep("save", "save-redirect", s -> s.checked(T0, true, verdict()).hinted())
                .withStep("save", "size", StepProgress::solutionShown)
                .at(new Progress.Position("save", 1)));

    Progress read = store().read();

    assertThat(read).isEqualTo(written);
    assertThat(read.step("save", "save-redirect").status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(read.step("save", "save-redirect").verdict().checks().get(0).evidence()).containsEntry("tags", "busybox:latest");
    assertThat(read.step("save", "size").solutionRevealed()).isTrue();
    assertThat(read.current()).isEqualTo(new Progress.Position("save", 1));
    assertThat(warnings).isEmpty();
  }

  @Test
  void read_aVersionOneFile_keepsEverything_withoutALearner_andTheNextWriteIsVersionTwoWithTheName() throws IOException {
    Files.writeString(dir.resolve("progress.json"), """
        {"schemaVersion": 1, "current": {"lesson": "save", "step": 1},
         "lessons": {"save": {"save-redirect": {"status": "PASSED", "firstAttempt": "2024-05-01T10:00:00Z",
           "lastAttempt": "2024-05-01T10:00:00Z", "checksRun": 1, "hintsUsed": 2, "solutionRevealed": false}}}}
        """);

    Progress old = store().read();
    store().update(p -> p.withLearner("Ada Lovelace"));

    assertThat(old.learner()).isNull();
    assertThat(old.step("save", "save-redirect").hintsUsed()).isEqualTo(2);
    assertThat(old.current()).isEqualTo(new Progress.Position("save", 1));
    assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"schemaVersion\" : 2").contains("\"learner\" : \"Ada Lovelace\"");
    assertThat(store().read().step("save", "save-redirect").status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(store().read().learner()).isEqualTo("Ada Lovelace");
    assertThat(warnings).isEmpty();
  }

  @Test
  void quizAnswers_areCountedKeptAcrossAResetAndReadBack_andAFileWithoutThemReadsAsUncounted() throws IOException {
    store().update(p -> p.withStep("save", "size", s -> s.answered(T0).answered(T0.plusSeconds(5)).checked(T0.plusSeconds(5), true, verdict()))
        .withStep("save", "again", s -> s.answered(T0).reset().answered(T0)));

    Progress read = store().read();
    assertThat(read.step("save", "size").quizAttempts()).isEqualTo(2);
    assertThat(read.step("save", "size").status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(read.step("save", "size").lastAttempt()).isEqualTo(T0.plusSeconds(5));
    assertThat(read.step("save", "again").quizAttempts()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"quizAttempts\" : 2");

    Files.writeString(dir.resolve("progress.json"), """
        {"schemaVersion": 2, "learner": "Ada", "current": {"lesson": "save", "step": 1},
         "lessons": {"save": {"size": {"status": "PASSED", "firstAttempt": "2024-05-01T10:00:00Z",
           "lastAttempt": "2024-05-01T10:00:00Z", "checksRun": 1, "hintsUsed": 0, "solutionRevealed": false}}}}
        """);
    assertThat(store().read().step("save", "size").quizAttempts()).isNull();
    assertThat(store().read().step("save", "size").status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(warnings).isEmpty();
  }

  @Test
  void read_noFile_isEmpty_andWritesNothing() {
    assertThat(store().read()).isEqualTo(Progress.EMPTY);
    assertThat(dir.resolve("progress.json")).doesNotExist();
  }

  @Test
  void read_corruptFile_movesItAside_warnsOnce_andStartsFresh() throws IOException {
    Path file = dir.resolve("progress.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"lessons\": {\"save\": ");

    ProgressStore store = store();
    assertThat(store.read()).isEqualTo(Progress.EMPTY);
    store.update(p -> p.withStep("load", "load-redirect", s -> s.checked(T0, false, null)));

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).doesNotContain("\n").contains("progress.json could not be read").contains("moved to progress.json.corrupt-");
    try (Stream<Path> files = Files.list(dir)) {
      Path aside = files.filter(p -> p.getFileName().toString().startsWith("progress.json.corrupt-")).findFirst().orElseThrow();
      assertThat(aside).hasContent("{\"schemaVersion\": 1, \"lessons\": {\"save\": ");
    }
    assertThat(store().read().step("load", "load-redirect").status()).isEqualTo(StepProgress.Status.ATTEMPTED);
  }

  @Test
  void read_corruptTwiceInTheSameMillisecond_keepsBothCopies() throws IOException {
    Path file = dir.resolve("progress.json");
    Files.writeString(file, "not json 1");
    store().read();
    Files.writeString(file, "not json 2");
    store().read();

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("progress.json.corrupt-"))).hasSize(2);
    }
    assertThat(warnings).hasSize(2);
  }

  @Test
  void update_changeThrows_leavesThePreviousFileIntact_andNoTempFile() throws IOException {
    ProgressStore store = store();
    store.update(p -> p.withStep("save", "size", s -> s.checked(T0, true, null)));
    Path file = dir.resolve("progress.json");
    String before = Files.readString(file);

    assertThatThrownBy(() -> store.update(p -> { throw new IllegalStateException("crash in the middle"); }))
        .hasMessage("crash in the middle");

    assertThat(file).hasContent(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void update_withALeftoverTempFileFromAKilledShell_ignoresItAndKeepsTheProgress() throws IOException {
    ProgressStore store = store();
    store.update(p -> p.withStep("save", "size", s -> s.checked(T0, true, null)));
    // what a shell killed between writing its temp file and renaming it leaves behind
    Files.writeString(dir.resolve(".progress.json.123456.part"), "{\"schemaVersion\": 1, \"less");

    assertThat(store().read().step("save", "size").status()).isEqualTo(StepProgress.Status.PASSED);
    store().update(p -> p.withStep("load", "load-redirect", s -> s.hinted()));

    Progress after = store().read();
    assertThat(after.step("save", "size").status()).isEqualTo(StepProgress.Status.PASSED);
    assertThat(after.step("load", "load-redirect").hintsUsed()).isEqualTo(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void update_twoStoresOnTwoThreads_200InterleavedUpdates_bothKeepAll() throws Exception {
    int each = 100;
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> shells = new ArrayList<>();
      for (String lesson : List.of("save", "load")) {
        ProgressStore store = store();
        shells.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            String step = "step-" + i;
            store.update(p -> p.withStep(lesson, step, s -> s.checked(T0, true, null)));
          }
          return null;
        }));
      }
      for (Future<?> shell : shells) {
        shell.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    Progress all = store().read();
    assertThat(all.lessons().get("save")).hasSize(each);
    assertThat(all.lessons().get("load")).hasSize(each);
    assertThat(warnings).isEmpty();
  }

  @Test
  void update_twoProcesses_200InterleavedUpdates_bothKeepAll() throws Exception {
    int each = 100;
    Path file = dir.resolve("progress.json");
    Process other = otherShell(file, "load", each);
    assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine()).isEqualTo("ready");
    ProgressStore store = store();
    for (int i = 0; i < each; i++) {
      String step = "step-" + i;
      store.update(p -> p.withStep("save", step, s -> s.checked(T0, true, null)));
    }
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("the other process finished").isTrue();
    String errors = new String(other.getErrorStream().readAllBytes());
    assertThat(other.exitValue()).as(errors).isZero();

    Progress all = store().read();
    assertThat(all.lessons().get("save")).hasSize(each);
    assertThat(all.lessons().get("load")).hasSize(each);
    assertThat(errors).doesNotContain("warning");
  }

  private static Process otherShell(Path file, String lesson, int count) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ProgressWriterMain.class.getName(),
            file.toString(), lesson, "step", Integer.toString(count))
        .start();
  }
}
