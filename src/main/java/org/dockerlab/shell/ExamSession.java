package org.dockerlab.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;
import org.dockerlab.report.CheckGrade;
import org.dockerlab.report.GradeReport;
import org.dockerlab.report.Grader;
import org.dockerlab.report.StepGrade;
import org.dockerlab.setup.LabDirs;
import org.dockerlab.setup.SetupRunner;

/**
 * One sitting of an exam: when it started and must end, the hints used, what was typed (for history
 * checks), and, at the end, the live grade, recorded in progress.json like a lesson's steps. Nothing is
 * checked before the end: an exam gives no feedback on the way.
 */
public final class ExamSession implements AutoCloseable {
  private final Lesson exam;
  private final ProgressStore store;
  private final ShellSession session;
  private final Path stateDir;
  private final Clock clock;
  private final CheckRunner checks = new CheckRunner();
  private final List<String> history = new ArrayList<>();
  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, Integer> hintsUsed = new HashMap<>();
  private Instant deadline;
  private boolean submitted;

  /** @param exam an exam ({@link Lesson#isExam()}): its steps are the goals */
  public ExamSession(Lesson exam, ProgressStore store, ShellSession session, Path stateDir, Clock clock) {
    if (!exam.isExam()) {
      throw new IllegalArgumentException(exam.id() + " is a lesson, not an exam");
    }
    this.exam = exam;
    this.store = store;
    this.session = session;
    this.stateDir = stateDir;
    this.clock = clock;
  }

  public Lesson exam() {
    return exam;
  }

  public List<LessonStep> goals() {
    return exam.steps();
  }

  /**
   * Runs the exam's setup (each action reports what it did), forgets the previous attempt's verdicts
   * (the help used stays on record, as in {@code reset lesson}), and starts the clock.
   */
  public void start(Consumer<String> report) {
    DockerGateway engine = session.engine();
    new SetupRunner(engine, new ImageProvisioner(engine, true, report), new LabDirs(session.workspace(), session.dockerConfig(), stateDir), report)
        .run(exam.setup());
    store.update(p -> {
      Progress next = p;
      for (LessonStep goal : goals()) {
        next = next.withStep(exam.id(), goal.id(), StepProgress::reset);
      }
      return next;
    });
    deadline = exam.exam().timeLimit().map(clock.instant()::plus).orElse(null);
  }

  /** The time left, or empty when the exam has no limit; never negative. */
  public Optional<Duration> remaining() {
    if (deadline == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), deadline);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  public boolean timeOver() {
    return deadline != null && !clock.instant().isBefore(deadline);
  }

  /** {@code exam 12:34 left}, or {@code exam} without a time limit. */
  public String promptPart() {
    return remaining().map(left -> "exam " + format(left) + " left").orElse("exam");
  }

  /** {@code 12:34}, or {@code 1:02:03} from an hour up; seconds are rounded up, so 0:00 means over. */
  public static String format(Duration left) {
    long seconds = (left.toMillis() + 999) / 1000;
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
  }

  public void submit() {
    submitted = true;
  }

  public boolean submitted() {
    return submitted;
  }

  /** Remembers a line typed during the exam (already masked), for history checks. */
  public void record(String maskedLine) {
    history.add(maskedLine);
  }

  public void answer(String quizId, String text) {
    answers.put(quizId, text);
  }

  public boolean hintsAllowed() {
    return exam.exam().hints();
  }

  /** The next hint for a goal, counted as help used (here and in progress.json); empty after the last. */
  public Optional<String> nextHint(LessonStep goal) {
    if (!hintsAllowed()) {
      return Optional.empty();
    }
    int shown = hintsUsed.getOrDefault(goal.id(), 0);
    if (shown >= goal.hints().size()) {
      return Optional.empty();
    }
    hintsUsed.put(goal.id(), shown + 1);
    store.update(p -> p.withStep(exam.id(), goal.id(), StepProgress::hinted));
    return Optional.of(goal.hints().get(shown));
  }

  /**
   * Runs every goal's checks now and records the result per goal in progress.json (a verdict with its
   * evidence where a goal passed). The report shows this sitting's hints, not those of earlier ones.
   */
  public GradeReport grade() {
    CheckContext ctx = new CheckContext(session.engine(), session.workspace(), session.dockerConfig(), history, answers);
    GradeReport report = new Grader(clock).inShell(thisSitting(), exam, checks, ctx);
    Instant now = clock.instant();
    store.update(p -> {
      Progress next = p;
      for (StepGrade goal : report.lessons().get(0).steps()) {
        boolean passed = goal.checks().stream().allMatch(c -> c.outcome() == CheckGrade.Outcome.PASSED);
        Verdict verdict = new Verdict(now, goal.checks().stream()
            .map(c -> new Verdict.CheckRecord(c.check(), c.outcome().name(), c.message(), c.evidence())).toList());
        next = next.withStep(exam.id(), goal.id(), sp -> sp.checked(now, passed, verdict));
      }
      return next;
    });
    return report;
  }

  private Progress thisSitting() {
    Progress p = Progress.EMPTY;
    for (LessonStep goal : goals()) {
      for (int i = 0; i < hintsUsed.getOrDefault(goal.id(), 0); i++) {
        p = p.withStep(exam.id(), goal.id(), StepProgress::hinted);
      }
    }
    return p;
  }

  @Override
  public void close() {
    checks.close();
  }
}
