package org.dockerlab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader of progress.json against Jackson's object mapper, which read the file before it
 * and still reads what the streaming reader declines: on every file the store writes they agree, and on
 * any other text the streaming reader either agrees with the mapper or declines (never a different answer).
 */
class ProgressReaderTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  @TempDir Path dir;

  /** A progress with every field the store writes, in every state. */
  private static Progress rich() {
    Verdict verdict = new Verdict(T0.plusNanos(123_456_789), List.of(
        new Verdict.CheckRecord("busybox.tar holds busybox:latest", "PASSED", "ok: \"quoted\" \u00e9 \\ \n", Map.of("tags", "busybox:latest", "size", "4.4 MB")),
        new Verdict.CheckRecord("ran docker save", "PASSED", "ok", Map.of())));
    return Progress.EMPTY
        .withLearner("ada")
        .withStep("save", "save-redirect", s -> s.checked(T0, false, null).checked(T0.plusSeconds(5), true, verdict).hinted())
        .withStep("save", "size", StepProgress::solutionShown)
        .withStep("save", "quiz", s -> s.answered(T0.plusMillis(1)).answered(T0.plusMillis(2)))
        .withStep("load", "load", s -> s.checked(T0, true, verdict).reset())
        .at(new Progress.Position("load", 0));
  }

  private byte[] written(Progress progress) throws IOException {
    Path file = dir.resolve("progress.json");
    Files.deleteIfExists(file);
    new ProgressStore(file, w -> {}, Clock.fixed(T0, ZoneOffset.UTC)).update(p -> progress);
    return Files.readAllBytes(file);
  }

  @Test
  void whatTheStoreWrites_isReadAsTheMapperReadsIt() throws IOException {
    for (Progress progress : List.of(Progress.EMPTY, rich(), rich().withLearner(null), Progress.EMPTY.at(new Progress.Position("save", 2)))) {
      byte[] bytes = written(progress);

      assertThat(ProgressReader.read(bytes)).as(new String(bytes, StandardCharsets.UTF_8)).contains(ProgressStore.readWithMapper(bytes));
      assertThat(ProgressReader.read(bytes)).contains(progress);
    }
  }

  @Test
  void aVersionOneFileAndUnknownFields_areReadAsTheMapperReadsThem() throws IOException {
    String text = """
        {"schemaVersion": 1, "future": {"a": [1, {"b": null}]}, "current": {"lesson": "save", "step": 1, "x": true},
         "lessons": {"save": {"save-redirect": {"status": "PASSED", "checksRun": 2, "hintsUsed": 0, "solutionRevealed": false,
           "lastAttempt": "2024-05-01T10:00:00Z", "note": "kept by a newer lab",
           "verdict": {"at": "2024-05-01T10:00:00Z", "checks": [{"check": "c", "status": "PASSED", "message": "m", "evidence": {}, "more": 1}]}}}}}
        """;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    Optional<Progress> read = ProgressReader.read(bytes);

    assertThat(read).contains(ProgressStore.readWithMapper(bytes));
    assertThat(read.orElseThrow().learner()).isNull();
    assertThat(read.orElseThrow().step("save", "save-redirect").status()).isEqualTo(StepProgress.Status.PASSED);
  }

  @Test
  void textNotInTheWrittenForm_isLeftToTheMapper() {
    for (String text : List.of(
        "null",
        "[]",
        "{\"schemaVersion\": \"2\"}", // a string the mapper would coerce
        "{\"schemaVersion\": 2, \"current\": {\"lesson\": \"save\", \"step\": 1.5}}",
        "{\"schemaVersion\": 2, \"lessons\": {\"save\": {\"s\": {\"lastAttempt\": \"2024-05-01T12:00:00+02:00\"}}}}",
        "{\"schemaVersion\": 2, \"lessons\": {\"save\": {\"s\": {\"lastAttempt\": 1714557600}}}}",
        "{\"schemaVersion\": 2, \"lessons\": {\"save\": {\"s\": null}}}",
        "{\"schemaVersion\": 2, \"lessons\": {\"save\": {\"s\": {\"status\": \"passed\"}}}}",
        "{\"schemaVersion\": 2, \"lessons\": {\"save\": {\"s\": {\"verdict\": {\"checks\": [{\"evidence\": {\"k\": 1}}]}}}}}",
        "{\"schemaVersion\": 2} trailing",
        "{\"schemaVersion\": 2",
        "")) {
      assertThat(ProgressReader.read(text.getBytes(StandardCharsets.UTF_8))).as(text).isEmpty();
    }
  }

  /**
   * Files the store wrote, then damaged at random (a byte changed, cut short, a token repeated): the
   * streaming reader never gives an answer the mapper would not give.
   */
  @Test
  void damagedFiles_neverReadDifferentlyFromTheMapper() throws IOException {
    byte[] good = written(rich());
    Random random = new Random(42);
    byte[] alphabet = "{}[]:,\"0123456789.eE-+ntrufalsZT \\\n".getBytes(StandardCharsets.UTF_8);
    int agreed = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] bad = damage(good, random, alphabet);
      Optional<Progress> fast = ProgressReader.read(bad);
      if (fast.isEmpty()) {
        continue;
      }
      Progress mapper;
      try {
        mapper = ProgressStore.readWithMapper(bad);
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("the streaming reader read what the mapper refuses: " + new String(bad, StandardCharsets.UTF_8), e);
      }
      assertThat(fast).as(new String(bad, StandardCharsets.UTF_8)).contains(mapper);
      agreed++;
    }
    assertThat(agreed).as("damage that still parses (a changed letter in a message, say)").isPositive();
  }

  private static byte[] damage(byte[] good, Random random, byte[] alphabet) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : good) {
      bytes.add(b);
    }
    int at = random.nextInt(bytes.size());
    switch (random.nextInt(4)) {
      case 0 -> bytes.set(at, alphabet[random.nextInt(alphabet.length)]);
      case 1 -> bytes.subList(at, bytes.size()).clear();
      case 2 -> bytes.remove(at);
      default -> bytes.add(at, alphabet[random.nextInt(alphabet.length)]);
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  @Test
  void theStoreReadsTheFileEitherWay_andMovesNothingAsideThatTheMapperReads() throws IOException {
    Path file = dir.resolve("progress.json");
    Files.writeString(file, "{\"schemaVersion\": \"2\", \"learner\": \"ada\"}"); // declined by the streaming reader
    List<String> warnings = new ArrayList<>();

    Progress read = new ProgressStore(file, warnings::add, Clock.fixed(T0, ZoneOffset.UTC)).read();

    assertThat(read.learner()).isEqualTo("ada");
    assertThat(read.schemaVersion()).isEqualTo(2);
    assertThat(warnings).isEmpty();
    assertThat(Files.exists(file)).isTrue();
  }
}
