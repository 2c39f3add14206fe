package org.dockerlab.tutor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.report.GradeReport;
import org.dockerlab.report.Grader;

/**
 * One sitting of an exam: an {@link Attempt} with a deadline, no feedback on the way, hints only if the
 * exam allows them, and at the end every goal checked once, recorded like a lesson's steps, and graded.
 */
public final class ExamTutor implements AutoCloseable {
  private final Lesson exam;
  private final Clock clock;
  private final CheckRunner checks = new CheckRunner();
  private final ProgressStore store;
  private final Workbench bench;
  private Attempt attempt;
  private Instant deadline;
  private boolean submitted;

  /** @param exam an exam ({@link Lesson#isExam()}): its steps are the goals */
  public ExamTutor(Lesson exam, ProgressStore store, Workbench bench, Clock clock) {
    if (!exam.isExam()) {
      throw new IllegalArgumentException(exam.id() + " is a lesson, not an exam");
    }
    this.exam = exam;
    this.clock = clock;
    this.bench = bench;
    this.store = store;
  }

  public Lesson exam() {
    return exam;
  }

  public List<LessonStep> goals() {
    return exam.steps();
  }

  /**
   * Runs the exam's setup (each action reports what it did), forgets the previous sitting's verdicts
   * (the help used stays on record, as in {@code reset lesson}), and starts the clock.
   */
  public void start(Consumer<String> report) {
    bench.run(exam.setup(), report);
    attempt = Attempt.begin(exam, store, bench, checks, clock);
    attempt.forgetVerdicts();
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

  /** Keeps what the shell ran during the exam (secrets masked), for the checks that look at how it was done. */
  public void record(List<JournalEntry> entries) {
    attempt.record(entries);
  }

  /** Records an answer to one of the exam's questions ({@code ID TEXT}, or the text alone when there is one). */
  public Attempt.Answered answer(List<String> words) {
    List<QuizCheck> questions = goals().stream().flatMap(g -> g.checks().stream())
        .filter(QuizCheck.class::isInstance).map(QuizCheck.class::cast).toList();
    return attempt.answer(questions, words, "this exam", "tls");
  }

  public boolean hintsAllowed() {
    return exam.exam().hints();
  }

  /** The next hint for a goal, counted as help used; empty after the last, or when the exam allows none. */
  public Optional<String> nextHint(LessonStep goal) {
    return hintsAllowed() ? attempt.nextHint(goal) : Optional.empty();
  }

  /**
   * Runs every goal's checks now, records each goal's verdict as a lesson step's, and grades the sitting.
   * The report shows this sitting's hints, not those of earlier ones.
   */
  public GradeReport grade() {
    Map<String, List<CheckResult>> results = new LinkedHashMap<>();
    for (LessonStep goal : goals()) {
      results.put(goal.id(), attempt.evaluate(goal).results());
    }
    return new Grader(clock).inShell(attempt.helpUsed(), exam, results);
  }

  @Override
  public void close() {
    checks.close();
  }
}
