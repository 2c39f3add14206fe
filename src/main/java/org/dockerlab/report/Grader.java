package org.dockerlab.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;
import org.dockerlab.report.CheckGrade.Kind;
import org.dockerlab.report.CheckGrade.Outcome;

/**
 * Builds a {@link GradeReport} from the recorded verdicts in progress.json, or live by running the
 * lessons' checks now. Later lessons change what earlier ones built, which is why recorded is the default.
 */
public final class Grader {
  /** Checks of a live grade run at once: enough to overlap the engine's answers, few enough for a 2-core machine. */
  private static final int LANES = 4;

  private final Clock clock;

  public Grader(Clock clock) {
    this.clock = clock;
  }

  /** The verdicts recorded in the shell, as they are in the progress. */
  public GradeReport recorded(Progress progress, List<Lesson> lessons) {
    List<LessonGrade> graded = new ArrayList<>();
    for (Lesson lesson : lessons) {
      graded.add(lesson(lesson, progress, (step, check, index, sp) -> recorded(step, check, index, sp)));
    }
    return new GradeReport(progress.learner(), false, clock.instant(), graded);
  }

  /**
   * Runs the lessons' checks now, each step with the evidence of the learner's attempt at its lesson
   * (the journal, the engine's events, the answers), so a live grade sees what a check in the shell sees.
   *
   * @param contexts what the checks of a step may look at
   */
  public GradeReport live(Progress progress, List<Lesson> lessons, CheckRunner runner, BiFunction<Lesson, LessonStep, CheckContext> contexts) {
    // every check of every step at once on a few lanes (checks only look, so none sees another's effects);
    // the results come back in the lessons' order, which the report keeps
    List<CheckRunner.Job> jobs = new ArrayList<>();
    for (Lesson lesson : lessons) {
      for (LessonStep step : lesson.steps()) {
        CheckContext ctx = contexts.apply(lesson, step);
        step.checks().forEach(check -> jobs.add(new CheckRunner.Job(check, ctx)));
      }
    }
    Iterator<CheckResult> results = runner.runAll(jobs, LANES).iterator();
    List<LessonGrade> graded = new ArrayList<>();
    for (Lesson lesson : lessons) {
      graded.add(lesson(lesson, progress, (step, check, index, sp) -> live(check, results.next())));
    }
    return new GradeReport(progress.learner(), true, clock.instant(), graded);
  }

  /**
   * The checks already run from inside a shell (an exam at its end), whose context carried that attempt's
   * evidence and answers.
   *
   * @param results each step's check results, by step id, in the order of its checks
   */
  public GradeReport inShell(Progress progress, Lesson lesson, Map<String, List<CheckResult>> results) {
    LessonGrade graded = lesson(lesson, progress, (step, check, index, sp) -> live(check, results.get(step.id()).get(index)));
    return new GradeReport(progress.learner(), true, clock.instant(), List.of(graded));
  }

  private interface Grading {
    CheckGrade grade(LessonStep step, Check check, int index, StepProgress progress);
  }

  private static LessonGrade lesson(Lesson lesson, Progress progress, Grading grading) {
    List<StepGrade> steps = new ArrayList<>();
    for (LessonStep step : lesson.steps()) {
      StepProgress sp = progress.step(lesson.id(), step.id());
      List<CheckGrade> checks = new ArrayList<>();
      for (int i = 0; i < step.checks().size(); i++) {
        checks.add(grading.grade(step, step.checks().get(i), i, sp));
      }
      // nothing runs a solution for the learner yet: issue 11 fills that in
      Help help = new Help(sp.hintsUsed(), sp.solutionRevealed(), false, sp.quizAttempts());
      Boolean quizRight = null;
      for (int i = 0; i < step.checks().size(); i++) {
        if (step.checks().get(i) instanceof QuizCheck) {
          boolean right = checks.get(i).outcome() == Outcome.PASSED;
          quizRight = quizRight == null ? right : quizRight && right;
        }
      }
      steps.add(new StepGrade(step.id(), step.title(), step.points(), help, checks, quizRight));
    }
    return new LessonGrade(lesson.id(), lesson.title(), lesson.isExam(), steps);
  }

  private CheckGrade live(Check check, CheckResult result) {
    Outcome outcome = switch (result.status()) {
      case PASSED -> Outcome.PASSED;
      case FAILED -> Outcome.FAILED;
      case ERROR -> Outcome.ERROR;
    };
    String expected = outcome == Outcome.FAILED && result.expected() == null ? check.describe() : result.expected();
    String found = outcome == Outcome.FAILED && result.found() == null ? result.message() : result.found();
    return new CheckGrade(check.describe(), outcome, Kind.LIVE, clock.instant(), result.message(), expected, found, result.evidence());
  }

  private static CheckGrade recorded(LessonStep step, Check check, int index, StepProgress sp) {
    Optional<Verdict.CheckRecord> record = record(step, check, index, sp);
    if (record.isPresent()) {
      return fromRecord(check, sp.verdict(), record.get());
    }
    if (sp.verdict() != null) {
      return new CheckGrade(check.describe(), Outcome.NOT_ATTEMPTED, Kind.NONE, null,
          "the recorded verdict has no result for this check (the lesson changed after the step was passed): check the step again in the shell",
          null, null, null);
    }
    return switch (sp.status()) {
      case PASSED -> new CheckGrade(check.describe(), Outcome.PASSED, Kind.RECORDED, sp.lastAttempt(), "passed (no evidence was kept)", null, null, null);
      case ATTEMPTED -> new CheckGrade(check.describe(), Outcome.FAILED, Kind.RECORDED, sp.lastAttempt(),
          "the step's checks ran " + sp.checksRun() + " time(s) and have not all passed yet: run check in the shell to see what is missing",
          check.describe(), "the step's checks have not all passed", null);
      case NOT_STARTED -> new CheckGrade(check.describe(), Outcome.NOT_ATTEMPTED, Kind.NONE, null, "never attempted", null, null, null);
    };
  }

  private static CheckGrade fromRecord(Check check, Verdict verdict, Verdict.CheckRecord record) {
    boolean passed = "PASSED".equalsIgnoreCase(record.status());
    return new CheckGrade(check.describe(), passed ? Outcome.PASSED : Outcome.FAILED, Kind.RECORDED, verdict.at(), record.message(),
        passed ? null : check.describe(), passed ? null : record.message(), record.evidence());
  }

  /** The recorded result of a check: by its description, else by position when the step still has as many checks. */
  private static Optional<Verdict.CheckRecord> record(LessonStep step, Check check, int index, StepProgress sp) {
    Verdict verdict = sp.verdict();
    if (verdict == null) {
      return Optional.empty();
    }
    Optional<Verdict.CheckRecord> byName = verdict.checks().stream().filter(r -> check.describe().equals(r.check())).findFirst();
    if (byName.isPresent()) {
      return byName;
    }
    return verdict.checks().size() == step.checks().size() ? Optional.of(verdict.checks().get(index)) : Optional.empty();
  }
}
