package org.dockerlab.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;
import org.dockerlab.setup.LabDirs;
import org.dockerlab.setup.SetupRunner;

/**
 * Where the learner is in the lessons, and what moving through them does: starting a lesson runs its
 * setup, each command is followed by a quiet run of the step's checks, and passing them is recorded as a
 * verdict with its evidence. The shell's lesson commands ({@link GuidedCommands}) drive it.
 */
public final class LessonFlow implements AutoCloseable {
  private final Supplier<List<Lesson>> source;
  private List<Lesson> lessons;
  private final ProgressStore store;
  private final ShellSession session;
  private final Path stateDir;
  private final CheckRunner checks = new CheckRunner();
  private final List<String> history = new ArrayList<>();
  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, Integer> hintsShown = new HashMap<>();
  private Lesson lesson;
  private int step;
  private boolean stepPassed;

  public LessonFlow(List<Lesson> lessons, ProgressStore store, ShellSession session, Path stateDir) {
    this(() -> lessons, store, session, stateDir);
  }

  /** With the lessons read on first use, so the shell's prompt does not wait for them. */
  public LessonFlow(Supplier<List<Lesson>> lessons, ProgressStore store, ShellSession session, Path stateDir) {
    this.source = lessons;
    this.store = store;
    this.session = session;
    this.stateDir = stateDir;
  }

  public synchronized List<Lesson> lessons() {
    if (lessons == null) {
      lessons = List.copyOf(source.get());
    }
    return lessons;
  }

  public Optional<Lesson> lesson() {
    return Optional.ofNullable(lesson);
  }

  public int stepIndex() {
    return step;
  }

  public LessonStep currentStep() {
    return lesson.steps().get(step);
  }

  public Progress progress() {
    return store.read();
  }

  public Optional<Lesson> find(String id) {
    return lessons().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The prompt's lesson part: {@code save 1/3}, or empty outside a lesson. */
  public String promptPart() {
    return lesson == null ? "" : lesson.id() + " " + (step + 1) + "/" + lesson.steps().size();
  }

  /** Starts a lesson: runs its setup (each action says what it did) and goes to its first step. */
  public void start(Lesson chosen, java.util.function.Consumer<String> report) {
    DockerGateway engine = session.engine();
    new SetupRunner(engine, new ImageProvisioner(engine, true, report), dirs(), report).run(chosen.setup());
    lesson = chosen;
    history.clear();
    answers.clear();
    hintsShown.clear();
    goTo(0);
  }

  /** Runs the lesson's cleanup, then its setup again, and goes back to its first step. */
  public void resetLesson(java.util.function.Consumer<String> report) {
    Lesson current = lesson;
    DockerGateway engine = session.engine();
    new SetupRunner(engine, new ImageProvisioner(engine, true, report), dirs(), report).run(current.cleanup());
    store.update(p -> {
      Progress next = p;
      for (LessonStep s : current.steps()) {
        next = next.withStep(current.id(), s.id(), StepProgress::reset);
      }
      return next;
    });
    start(current, report);
  }

  /**
   * Puts the lab back as before any lesson: every lesson's cleanup, then every container the lab created
   * (labelled {@code org.dockerlab.created-by}) removed, and the lab images ensured. Nothing the lab did not
   * create is touched; recorded verdicts stay (they are the learner's record).
   */
  public void resetAll(java.util.function.Consumer<String> report) {
    DockerGateway engine = session.engine();
    SetupRunner runner = new SetupRunner(engine, new ImageProvisioner(engine, true, report), dirs(), report);
    for (Lesson l : lessons()) {
      runner.run(l.cleanup());
    }
    for (org.dockerlab.docker.ContainerSummary c : engine.containers(true)) {
      if (org.dockerlab.docker.LabLabels.createdByLab(c)) {
        engine.removeContainer(c.name(), true);
        report.accept("container " + c.name() + ": removed");
      }
    }
    new ImageProvisioner(engine, true, report).ensureAll(org.dockerlab.images.LabImages.all());
    lesson = null;
    step = 0;
    history.clear();
    answers.clear();
    store.update(p -> p.at(null));
  }

  /** Removes a container the learner agreed to remove (one the lab did not create). */
  public void removeContainer(String name) {
    session.engine().removeContainer(name, true);
  }

  /** Forgets this step's attempt, so it is done again from here. */
  public void resetStep() {
    store.update(p -> p.withStep(lesson.id(), currentStep().id(), StepProgress::reset));
    history.clear();
    stepPassed = false;
  }

  public void goTo(int index) {
    step = index;
    stepPassed = store.read().step(lesson.id(), currentStep().id()).status() == StepProgress.Status.PASSED;
    store.update(p -> p.at(new Progress.Position(lesson.id(), step)));
  }

  /** Remembers a line the learner ran in this lesson (already masked), for history checks. */
  public void record(String maskedLine) {
    if (lesson != null) {
      history.add(maskedLine);
    }
  }

  /** Records an answer; with no id, for the quiz of the current step. Returns the quiz id used. */
  public Optional<String> answer(String id, String text) {
    if (id == null) {
      Optional<QuizCheck> quiz = currentStep().checks().stream().filter(QuizCheck.class::isInstance).map(QuizCheck.class::cast).findFirst();
      if (quiz.isEmpty()) {
        return Optional.empty();
      }
      id = quiz.get().id();
    }
    answers.put(id, text);
    return Optional.of(id);
  }

  /** The next hint for this step, counting it as help used; empty after the last one. */
  public Optional<String> nextHint() {
    LessonStep s = currentStep();
    int shown = hintsShown.getOrDefault(s.id(), 0);
    if (shown >= s.hints().size()) {
      return Optional.empty();
    }
    hintsShown.put(s.id(), shown + 1);
    store.update(p -> p.withStep(lesson.id(), s.id(), StepProgress::hinted));
    return Optional.of(s.hints().get(shown));
  }

  public int hintsLeft() {
    LessonStep s = currentStep();
    return s.hints().size() - hintsShown.getOrDefault(s.id(), 0);
  }

  public void solutionShown() {
    store.update(p -> p.withStep(lesson.id(), currentStep().id(), StepProgress::solutionShown));
  }

  /**
   * Runs the current step's checks and records the run; the result says whether the step just became
   * complete (it was not before this run).
   */
  public Evaluation evaluate() {
    LessonStep s = currentStep();
    CheckContext ctx = new CheckContext(session.engine(), session.workspace(), session.dockerConfig(), history, answers);
    List<CheckResult> results = checks.run(s.checks(), ctx);
    boolean all = results.stream().allMatch(CheckResult::passed);
    Instant now = store.clock().instant();
    Verdict verdict = all ? verdict(s.checks(), results, now) : null;
    store.update(p -> p.withStep(lesson.id(), s.id(), sp -> sp.checked(now, all, verdict)));
    boolean newly = all && !stepPassed;
    stepPassed = stepPassed || all;
    return new Evaluation(s.checks(), results, all, newly);
  }

  public boolean stepPassed() {
    return stepPassed;
  }

  private static Verdict verdict(List<Check> checks, List<CheckResult> results, Instant now) {
    List<Verdict.CheckRecord> records = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      CheckResult r = results.get(i);
      records.add(new Verdict.CheckRecord(checks.get(i).describe(), r.status().name(), r.message(), r.evidence()));
    }
    return new Verdict(now, records);
  }

  private LabDirs dirs() {
    return new LabDirs(session.workspace(), session.dockerConfig(), stateDir);
  }

  @Override
  public void close() {
    checks.close();
  }

  /** One run of a step's checks. */
  public record Evaluation(List<Check> checks, List<CheckResult> results, boolean allPassed, boolean newlyComplete) {}
}
