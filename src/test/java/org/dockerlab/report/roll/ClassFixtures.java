package org.dockerlab.report.roll;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;
import org.dockerlab.report.Grader;
import org.dockerlab.report.ReportFormat;

/** Real grade reports of the bundled lessons, as dockerlab grade --format json writes them, for learners who did more or less. */
public final class ClassFixtures {
  public static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
  private static final List<Lesson> LESSONS = LessonLoader.bundled();

  private ClassFixtures() {}

  public static List<Lesson> lessons() {
    return LESSONS;
  }

  /** The points of every bundled lesson's steps. */
  public static int possible() {
    return LESSONS.stream().flatMap(l -> l.steps().stream()).mapToInt(LessonStep::points).sum();
  }

  public static int possible(String lesson) {
    return LESSONS.stream().filter(l -> l.id().equals(lesson)).flatMap(l -> l.steps().stream()).mapToInt(LessonStep::points).sum();
  }

  /** Every step of the given lessons passed at {@code at}. */
  public static Progress passed(Progress p, Instant at, Set<String> lessons) {
    for (Lesson lesson : LESSONS) {
      if (!lessons.contains(lesson.id())) {
        continue;
      }
      for (LessonStep step : lesson.steps()) {
        Verdict v = new Verdict(at, step.checks().stream().map(c -> new Verdict.CheckRecord(c.describe(), "PASSED", "ok", Map.of())).toList());
        p = p.withStep(lesson.id(), step.id(), s -> s.checked(at, true, v));
      }
    }
    return p;
  }

  public static Set<String> all() {
    return Set.copyOf(LESSONS.stream().map(Lesson::id).toList());
  }

  /** Every lesson done. */
  public static Progress complete(String learner) {
    return passed(Progress.EMPTY.withLearner(learner), AT, all());
  }

  /** save and load done (2 hints on save's first step, load's solution shown), hub's first step tried and failed. */
  public static Progress partial(String learner) {
    Progress p = passed(Progress.EMPTY.withLearner(learner), AT, Set.of("save", "load"))
        .withStep("save", "save-redirect", StepProgress::hinted)
        .withStep("save", "save-redirect", StepProgress::hinted)
        .withStep("load", "remove", StepProgress::solutionShown);
    String hubFirst = LESSONS.stream().filter(l -> l.id().equals("hub")).findFirst().orElseThrow().steps().get(0).id();
    return p.withStep("hub", hubFirst, s -> s.checked(AT, false, null));
  }

  public static Progress empty(String learner) {
    return Progress.EMPTY.withLearner(learner);
  }

  /** The JSON report of this progress through the bundled lessons, made at {@code generatedAt}. */
  public static String json(Progress progress, Instant generatedAt) {
    StringWriter out = new StringWriter();
    ReportFormat.JSON.render(new Grader(Clock.fixed(generatedAt, ZoneOffset.UTC)).recorded(progress, LESSONS), new PrintWriter(out));
    return out.toString();
  }

  public static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, text);
  }
}
