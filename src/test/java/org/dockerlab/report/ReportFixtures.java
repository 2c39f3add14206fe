package org.dockerlab.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.Verdict;

/** The fixture curriculum (notes: 1 step; private: 2 steps) and progress through it. */
final class ReportFixtures {
  static final Instant RECORDED_AT = Instant.parse("2024-05-01T10:00:00Z");
  static final Instant NOW = Instant.parse("2024-05-02T08:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  /** base64 of manu:manu, the seed's config.json auth. */
  static final String AUTH = "bWFudTptYW51";

  private ReportFixtures() {}

  static List<Lesson> lessons() {
    return LessonLoader.load(Path.of("src/test/resources/lessons-fixture"));
  }

  static String describe(String lesson, int step, int check) {
    return lessons().stream().filter(l -> l.id().equals(lesson)).findFirst().orElseThrow().steps().get(step).checks().get(check).describe();
  }

  static final String LEARNER = "Ada Lovelace";

  /** Ada's: notes/write-note passed (1 hint); private/owner-only (3 points) attempted twice (2 hints, solution shown); private/copy never tried. */
  static Progress progress() {
    Verdict verdict = new Verdict(RECORDED_AT, List.of(new Verdict.CheckRecord(describe("notes", 0, 0), "PASSED", "note.txt exists (6 bytes)", Map.of("size", "6"))));
    return Progress.EMPTY
        .withLearner(LEARNER)
        .withStep("notes", "write-note", s -> s.hinted().checked(RECORDED_AT, true, verdict))
        .withStep("private", "owner-only", s -> s.checked(RECORDED_AT, false, null).hinted().hinted().solutionShown().checked(RECORDED_AT.plusSeconds(60), false, null))
        .at(new Progress.Position("private", 0));
  }

  /** Every step passed in the shell. */
  static Progress allPassed() {
    Progress p = Progress.EMPTY.withLearner(LEARNER);
    for (Lesson lesson : lessons()) {
      for (var step : lesson.steps()) {
        List<Verdict.CheckRecord> records = step.checks().stream().map(c -> new Verdict.CheckRecord(c.describe(), "PASSED", "ok", Map.of())).toList();
        p = p.withStep(lesson.id(), step.id(), s -> s.checked(RECORDED_AT, true, new Verdict(RECORDED_AT, records)));
      }
    }
    return p;
  }

  /** A careless check kept secrets in its messages and evidence: docker-config evidence, a login in the history. */
  static Progress withSecrets() {
    Verdict leaky = new Verdict(RECORDED_AT, List.of(new Verdict.CheckRecord(describe("notes", 0, 0), "PASSED",
        "logged in to localhost:5000 as manu; config.json has \"auths\": {\"localhost:5000\": {\"auth\": \"" + AUTH + "\"}}, that is " + AUTH,
        Map.of("auth", AUTH, "config", "{\"auths\":{\"localhost:5000\":{\"auth\":\"" + AUTH + "\"}}}", "line", "docker login localhost:5000 -u manu -p manu"))));
    Verdict history = new Verdict(RECORDED_AT, List.of(new Verdict.CheckRecord(describe("private", 0, 0), "FAILED",
        "you ran: docker login --password s3cretpw -u manu localhost:5000 && curl -u manu:hunter22 http://manu:hunter22@localhost:5000/v2/", Map.of())));
    return Progress.EMPTY
        .withLearner(LEARNER)
        .withStep("notes", "write-note", s -> s.checked(RECORDED_AT, true, leaky))
        .withStep("private", "owner-only", s -> s.checked(RECORDED_AT, true, history));
  }

  static final List<String> SECRETS = List.of(AUTH, "-p manu", "s3cretpw", "hunter22");
}
