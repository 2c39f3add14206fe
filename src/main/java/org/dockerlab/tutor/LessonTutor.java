package org.dockerlab.tutor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;

/**
 * The lessons as a learner moves through them: starting one runs its setup and begins an {@link Attempt},
 * the learner moves between its steps, each command is followed by a quiet check of the current step,
 * and a step, the lesson or the whole lab can be reset. A shell opened again resumes the attempt and the
 * step where the learner was, without running the setup again.
 */
public final class LessonTutor implements AutoCloseable {
  private final Supplier<List<Lesson>> source;
  private final ProgressStore store;
  private final Workbench bench;
  private final Clock clock;
  private final CheckRunner checks = new CheckRunner();
  private List<Lesson> lessons;
  private final Supplier<List<Lesson>> exams;
  private Attempt attempt;
  private int step;
  private boolean stepPassed;
  private boolean resumed;

  public LessonTutor(List<Lesson> lessons, ProgressStore store, Workbench bench) {
    this(() -> lessons, store, bench);
  }

  /** With the lessons read on first use, so the shell's prompt does not wait for them. */
  public LessonTutor(Supplier<List<Lesson>> lessons, ProgressStore store, Workbench bench) {
    this(lessons, List::of, store, bench);
  }

  /**
   * @param exams the exams, read when {@code reset all} runs their cleanups too (what a learner built or
   *     started in an exam is the lab's as much as a lesson's)
   */
  public LessonTutor(Supplier<List<Lesson>> lessons, Supplier<List<Lesson>> exams, ProgressStore store, Workbench bench) {
    this.source = lessons;
    this.exams = exams;
    this.store = store;
    this.bench = bench;
    this.clock = store.clock();
  }

  public synchronized List<Lesson> lessons() {
    if (lessons == null) {
      lessons = List.copyOf(source.get());
    }
    return lessons;
  }

  /** A lesson by id, or by its number in the list (from 1). */
  public Optional<Lesson> find(String idOrNumber) {
    Optional<Lesson> byId = lessons().stream().filter(l -> l.id().equals(idOrNumber)).findFirst();
    if (byId.isPresent() || !idOrNumber.matches("\\d{1,9}")) {
      return byId;
    }
    int i = Integer.parseInt(idOrNumber) - 1;
    return i >= 0 && i < lessons().size() ? Optional.of(lessons().get(i)) : Optional.empty();
  }

  public Optional<Lesson> lesson() {
    resumeOnce();
    return Optional.ofNullable(attempt).map(Attempt::lesson);
  }

  /** The attempt at the current lesson; call only inside a lesson. */
  public Attempt attempt() {
    resumeOnce();
    return attempt;
  }

  public int stepIndex() {
    resumeOnce();
    return step;
  }

  public LessonStep currentStep() {
    return attempt().lesson().steps().get(step);
  }

  public Progress progress() {
    return store.read();
  }

  /** The prompt's lesson part: {@code save 1/3}, or empty outside a lesson. */
  public String promptPart() {
    resumeOnce();
    return attempt == null ? "" : attempt.lesson().id() + " " + (step + 1) + "/" + attempt.lesson().steps().size();
  }

  /**
   * Where the learner left off, as the progress says, with the attempt kept for it: the lesson and step
   * come back as they were, and nothing in the lab is changed. Done once, on first need.
   */
  private synchronized void resumeOnce() {
    if (resumed) {
      return;
    }
    resumed = true;
    Progress.Position at = store.read().current();
    if (at == null) {
      return;
    }
    lessons().stream().filter(l -> l.id().equals(at.lesson())).findFirst()
        .flatMap(l -> Attempt.resume(l, store, bench, checks, clock))
        .ifPresent(a -> {
          attempt = a;
          go(Math.min(Math.max(at.step(), 0), a.lesson().steps().size() - 1));
        });
  }

  /** Whether the learner is in the middle of this lesson: an attempt to go back to, not every step done. */
  public boolean inProgress(Lesson lesson) {
    resumeOnce();
    Progress p = store.read();
    boolean done = lesson.steps().stream().allMatch(s -> p.step(lesson.id(), s.id()).status() == StepProgress.Status.PASSED);
    return !done && (attempt != null && attempt.lesson().id().equals(lesson.id()) || Attempt.exists(lesson, bench));
  }

  /** Starts a lesson afresh: runs its setup (each action says what it did) and goes to its first step. */
  public void start(Lesson chosen, Consumer<String> report) {
    resumeOnce();
    bench.run(chosen.setup(), report);
    attempt = Attempt.begin(chosen, store, bench, checks, clock);
    goTo(0);
  }

  /** Goes back to the attempt at this lesson where the learner left it, without its setup. */
  public void resume(Lesson chosen) {
    resumeOnce();
    if (attempt != null && attempt.lesson().id().equals(chosen.id())) {
      return;
    }
    Attempt found = Attempt.resume(chosen, store, bench, checks, clock)
        .orElseThrow(() -> new IllegalStateException("no attempt at " + chosen.id() + " to resume"));
    attempt = found;
    goTo(found.step());
  }

  /**
   * Runs the lesson's cleanup (with the containers the lab shell started in this attempt, and the untagged
   * images the lab left), forgets its verdicts, then starts it again.
   */
  public void resetLesson(Consumer<String> report) {
    Attempt current = attempt();
    current.catchUpEvents();
    bench.cleanUp(current.lesson(), current.startedAt(), report);
    current.forgetVerdicts();
    start(current.lesson(), report);
  }

  /**
   * Puts the lab back as before any lesson (see {@link Workbench#clearAll}), puts every attempt aside and
   * leaves the lesson; recorded verdicts stay (they are the learner's record).
   */
  public void resetAll(Consumer<String> report) {
    resumeOnce();
    List<Lesson> all = new ArrayList<>(lessons());
    all.addAll(exams.get());
    bench.clearAll(all, report);
    for (Lesson l : lessons()) {
      bench.attemptFolder(l.id()).retire(clock.instant());
    }
    attempt = null;
    step = 0;
    store.update(p -> p.at(null));
  }

  /** Removes a container the learner agreed to remove (one the lab did not create). */
  /** A lesson's line with the engine's values in place of its templates (see {@link LineTemplates}). */
  public String expandLine(String line) {
    return LineTemplates.expand(line, bench.engine());
  }

  public void removeContainer(String name) {
    bench.removeContainer(name);
  }

  /** Forgets this step's verdict and answers; only what happens from now on counts for it. */
  public void resetStep() {
    attempt().restart(currentStep());
    stepPassed = false;
  }

  public void goTo(int index) {
    go(index);
    attempt.moveTo(index);
    store.update(p -> p.at(new Progress.Position(attempt.lesson().id(), step)));
  }

  private void go(int index) {
    step = index;
    stepPassed = store.read().step(attempt.lesson().id(), currentStep().id()).status() == StepProgress.Status.PASSED;
  }

  /**
   * After a line the learner ran outside the lesson commands: keeps its journal entries, and runs the
   * step's checks quietly unless the step already passed. Empty when nothing ran.
   */
  public Optional<Evaluation> afterCommand(List<JournalEntry> entries) {
    if (attempt() == null) {
      return Optional.empty();
    }
    attempt.record(entries);
    return stepPassed ? Optional.empty() : Optional.of(evaluate());
  }

  /** Judges an answer to the current step's question ({@code ID TEXT}, or the text alone), at once. */
  public Attempt.Answered answer(List<String> words) {
    List<QuizCheck> questions = currentStep().checks().stream().filter(QuizCheck.class::isInstance).map(QuizCheck.class::cast).toList();
    return attempt().answer(questions, words, "this step", "tar.gz");
  }

  /** The next hint for this step, counting it as help used; empty after the last one. */
  public Optional<String> nextHint() {
    return attempt().nextHint(currentStep());
  }

  public int hintsLeft() {
    return currentStep().hints().size() - attempt().hintsUsed(currentStep());
  }

  public void solutionShown() {
    attempt().solutionShown(currentStep());
  }

  /** The solution was run for the learner: recorded as assisted. */
  public void assisted() {
    attempt().assisted(currentStep());
  }

  /** Runs the current step's checks and records the run. */
  public Evaluation evaluate() {
    Evaluation e = attempt().evaluate(currentStep());
    stepPassed = stepPassed || e.allPassed();
    return e;
  }

  public boolean stepPassed() {
    resumeOnce();
    return stepPassed;
  }

  @Override
  public void close() {
    checks.close();
  }
}
