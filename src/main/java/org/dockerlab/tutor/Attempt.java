package org.dockerlab.tutor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.LabException;
import org.dockerlab.evidence.EventLog;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.evidence.Identity;
import org.dockerlab.evidence.Journal;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;

/**
 * One attempt at a lesson or an exam, the same for both, kept in the state directory so that a reopened
 * shell, {@code check} and {@code grade --live} see the same evidence: when it began and the identities of
 * the images its steps are about, pinned then; the journal of commands the shell ran; the engine's events
 * since; the answers given (and every try); the hints used; where the learner is. Lessons and exams differ
 * only in when they run the checks and what they show.
 */
public final class Attempt {
  private final Lesson lesson;
  private final ProgressStore store;
  private final Workbench bench;
  private final CheckRunner checks;
  private final Clock clock;
  private final AttemptFolder folder;
  private final Journal journal;
  private final EventLog events;
  private AttemptState state;

  private Attempt(Lesson lesson, ProgressStore store, Workbench bench, CheckRunner checks, Clock clock, AttemptFolder folder, AttemptState state) {
    this.lesson = lesson;
    this.store = store;
    this.bench = bench;
    this.checks = checks;
    this.clock = clock;
    this.folder = folder;
    this.state = state;
    Consumer<String> warnings = bench.warnings();
    this.journal = Journal.open(folder.journal(), warnings);
    this.events = EventLog.open(folder.events(), state.startedAt(), clock, warnings);
  }

  /**
   * Begins a new attempt now (its setup has run): the previous one is put aside, and the images the
   * lesson's checks are about are pinned as they are at this moment.
   *
   * @param checks runs the checks; its owner closes it
   */
  public static Attempt begin(Lesson lesson, ProgressStore store, Workbench bench, CheckRunner checks, Clock clock) {
    AttemptFolder folder = bench.attemptFolder(lesson.id());
    Instant now = clock.instant();
    folder.retire(now);
    AttemptState state = AttemptState.begin(lesson.id(), now, pin(lesson, bench));
    folder.write(state);
    return new Attempt(lesson, store, bench, checks, clock, folder, state);
  }

  /** The attempt at this lesson that the learner left, if there is one. */
  public static Optional<Attempt> resume(Lesson lesson, ProgressStore store, Workbench bench, CheckRunner checks, Clock clock) {
    AttemptFolder folder = bench.attemptFolder(lesson.id());
    return folder.read()
        .filter(s -> lesson.id().equals(s.lesson()))
        .map(s -> new Attempt(lesson, store, bench, checks, clock, folder, s));
  }

  /**
   * What each step's checks may look at when they are run outside the shell ({@code grade --live}): the
   * evidence of the learner's attempt at its lesson (caught up with the engine's events), or none.
   */
  public static BiFunction<Lesson, LessonStep, CheckContext> liveContexts(ProgressStore store, Workbench bench, CheckRunner checks, Clock clock) {
    Map<String, Optional<Attempt>> attempts = new HashMap<>();
    return (lesson, step) -> {
      Optional<Attempt> attempt = attempts.computeIfAbsent(lesson.id(), id -> {
        Optional<Attempt> found = resume(lesson, store, bench, checks, clock);
        found.ifPresent(Attempt::catchUpEvents);
        return found;
      });
      return attempt.map(a -> bench.checkContext(a.evidence(step), a.answers())).orElseGet(() -> bench.checkContext(Evidence.NONE, Map.of()));
    };
  }

  /** Whether this lesson has an attempt to resume. */
  public static boolean exists(Lesson lesson, Workbench bench) {
    return bench.attemptFolder(lesson.id()).read().isPresent();
  }

  /** The identities of the images the lesson's checks are about, as the engine has them now. */
  private static Map<String, Identity> pin(Lesson lesson, Workbench bench) {
    Map<String, Identity> pins = new LinkedHashMap<>();
    List<String> refs = lesson.steps().stream().flatMap(s -> s.checks().stream()).flatMap(c -> c.pins().stream()).distinct().toList();
    if (refs.isEmpty()) {
      return pins;
    }
    DockerGateway engine = bench.engine().get();
    for (String ref : refs) {
      engine.inspectImage(ref).ifPresent(image -> pins.put(Evidence.key(ref), identity(image)));
    }
    return pins;
  }

  static Identity identity(ImageDetails image) {
    return new Identity(image.id(), image.id(), image.diffIds());
  }

  public Lesson lesson() {
    return lesson;
  }

  public Instant startedAt() {
    return state.startedAt();
  }

  /** Where the learner is in the attempt (a step's index). */
  public int step() {
    return Math.min(Math.max(state.step(), 0), lesson.steps().size() - 1);
  }

  public void moveTo(int index) {
    save(state.atStep(index));
  }

  /** Keeps what the shell ran (secrets masked), and catches up with the engine's events. */
  public void record(List<JournalEntry> entries) {
    entries.forEach(journal::add);
    catchUpEvents();
  }

  /**
   * Takes an answer to one of the open questions ({@code ID TEXT} names one, otherwise it is the only one
   * there is), marks it right or wrong at once, and keeps the try.
   *
   * @param where {@code this step} or {@code this exam}, for the messages
   * @param example an answer to show when none was written
   */
  public Answered answer(List<QuizCheck> questions, List<String> words, String where, String example) {
    if (questions.isEmpty()) {
      throw LabException.badInput("answer: " + where + " has no question to answer");
    }
    Optional<QuizCheck> named = words.size() > 1 ? questions.stream().filter(q -> q.id().equals(words.get(0))).findFirst() : Optional.empty();
    if (named.isEmpty() && questions.size() > 1) {
      throw LabException.badInput("answer: which question? answer ID TEXT, with ID one of "
          + String.join(", ", questions.stream().map(QuizCheck::id).toList()));
    }
    if (words.isEmpty()) {
      throw LabException.badInput("answer: write your answer after it, e.g. answer " + example);
    }
    QuizCheck quiz = named.orElse(questions.get(0));
    String text = String.join(" ", named.isPresent() ? words.subList(1, words.size()) : words);
    CheckResult result = quiz.judge(text);
    save(state.answered(quiz.id(), text, result.passed(), clock.instant()));
    stepOf(quiz).ifPresent(step -> store.update(p -> p.withStep(lesson.id(), step.id(), sp -> sp.answered(store.clock().instant()))));
    return new Answered(quiz, text, result);
  }

  /** The step that asks this question. */
  private Optional<LessonStep> stepOf(QuizCheck quiz) {
    return lesson.steps().stream().filter(s -> s.checks().stream().anyMatch(c -> c instanceof QuizCheck q && q.id().equals(quiz.id()))).findFirst();
  }

  /** An answer, judged. */
  public record Answered(QuizCheck quiz, String answer, CheckResult result) {
    public boolean right() {
      return result.passed();
    }
  }

  /** Every answer given to each question in this attempt, in order, with whether it was right. */
  public Map<String, List<QuizTry>> tries() {
    return state.tries();
  }

  /** The next hint for a step, counted as help used (here and in the progress); empty after the last. */
  public Optional<String> nextHint(LessonStep step) {
    int shown = hintsUsed(step);
    if (shown >= step.hints().size()) {
      return Optional.empty();
    }
    save(state.hinted(step.id()));
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::hinted));
    return Optional.of(step.hints().get(shown));
  }

  /** Hints shown for a step in this attempt. */
  public int hintsUsed(LessonStep step) {
    return state.hints().getOrDefault(step.id(), 0);
  }

  public void solutionShown(LessonStep step) {
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::solutionShown));
  }

  /** The solution was run for the learner: the step is done, but assisted (as Instruqt's skip is). */
  public void assisted(LessonStep step) {
    save(state.assist(step.id()));
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::solutionShown));
  }

  public boolean isAssisted(LessonStep step) {
    return state.assisted().contains(step.id());
  }

  /**
   * The help used in this attempt, and the answers given to its quizzes, as a progress of its own, for a
   * report that shows this attempt only.
   */
  public Progress helpUsed() {
    Progress p = Progress.EMPTY;
    for (LessonStep step : lesson.steps()) {
      for (int i = 0; i < hintsUsed(step); i++) {
        p = p.withStep(lesson.id(), step.id(), StepProgress::hinted);
      }
      for (Check check : step.checks()) {
        if (check instanceof QuizCheck quiz) {
          for (QuizTry t : state.tries().getOrDefault(quiz.id(), List.of())) {
            p = p.withStep(lesson.id(), step.id(), sp -> sp.answered(t.at()));
          }
        }
      }
    }
    return p;
  }

  /**
   * What the checks of a step may know of this attempt: the pins, and what happened since the attempt
   * began, or since the step was last reset.
   */
  public Evidence evidence(LessonStep step) {
    Instant since = state.stepResets().getOrDefault(step.id(), state.startedAt());
    return new Evidence(since, state.pins(), events.since(since), journal.since(since));
  }

  public Map<String, String> answers() {
    return state.answers();
  }

  /** Asks the engine for the events since the last one recorded; no engine leaves the log as it was. */
  public void catchUpEvents() {
    try {
      DockerGateway engine = bench.engine().get();
      bench.noteMade(events.catchUp(engine), lesson);
    } catch (LabException e) {
      // no engine: the command or check that needs it says so
    }
  }

  /**
   * Runs a step's checks now and records the run in the progress: a verdict with its evidence when all
   * passed, an attempt otherwise.
   */
  public Evaluation evaluate(LessonStep step) {
    catchUpEvents();
    List<CheckResult> results = checks.run(step.checks(), bench.checkContext(evidence(step), state.answers()));
    boolean all = results.stream().allMatch(CheckResult::passed);
    Instant now = store.clock().instant();
    Verdict verdict = all ? verdict(step, results, now) : null;
    boolean[] passedBefore = {false};
    store.update(p -> {
      passedBefore[0] = p.step(lesson.id(), step.id()).status() == StepProgress.Status.PASSED;
      return p.withStep(lesson.id(), step.id(), sp -> sp.checked(now, all, verdict));
    });
    return new Evaluation(step, results, all && !passedBefore[0]);
  }

  /**
   * Forgets a step's verdict and answers, and from now on counts only what happens after this moment
   * for it (the help used stays on record).
   */
  public void restart(LessonStep step) {
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::reset));
    List<String> quizzes = step.checks().stream().filter(QuizCheck.class::isInstance).map(c -> ((QuizCheck) c).id()).toList();
    save(state.reset(step.id(), clock.instant(), quizzes));
  }

  /** Forgets every step's verdict: the attempt starts from nothing (the help used stays on record). */
  public void forgetVerdicts() {
    store.update(p -> {
      Progress next = p;
      for (LessonStep s : lesson.steps()) {
        next = next.withStep(lesson.id(), s.id(), StepProgress::reset);
      }
      return next;
    });
  }

  private void save(AttemptState next) {
    state = next;
    folder.write(next);
  }

  private static Verdict verdict(LessonStep step, List<CheckResult> results, Instant now) {
    List<Verdict.CheckRecord> records = new ArrayList<>();
    List<Check> checks = step.checks();
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      records.add(new Verdict.CheckRecord(checks.get(i).describe(), r.status().name(), r.message(), r.evidence()));
    }
    return new Verdict(now, records);
  }
}
