package org.dockerlab.tutor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.StepProgress;
import org.dockerlab.progress.Verdict;

/**
 * One attempt at a lesson or an exam, the same for both: what the learner ran (the journal, secrets
 * masked), the answers given, the hints used, and the verdicts recorded in the progress each time a
 * step's checks run. Lessons and exams differ only in when they run the checks and what they show.
 */
public final class Attempt {
  private final Lesson lesson;
  private final ProgressStore store;
  private final Workbench bench;
  private final CheckRunner checks;
  private final List<String> journal = new ArrayList<>();
  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, Integer> hintsUsed = new HashMap<>();

  /** @param checks runs the checks; its owner closes it */
  public Attempt(Lesson lesson, ProgressStore store, Workbench bench, CheckRunner checks) {
    this.lesson = lesson;
    this.store = store;
    this.bench = bench;
    this.checks = checks;
  }

  public Lesson lesson() {
    return lesson;
  }

  /** Remembers a line the learner ran (already masked), for the checks that look at what was typed. */
  public void record(String maskedLine) {
    journal.add(maskedLine);
  }

  public List<String> journal() {
    return List.copyOf(journal);
  }

  /**
   * Records an answer to one of the open questions: {@code ID TEXT} names one, otherwise it is the only
   * one there is. Returns the question answered.
   *
   * @param where {@code this step} or {@code this exam}, for the messages
   * @param example an answer to show when none was written
   */
  public QuizCheck answer(List<QuizCheck> questions, List<String> words, String where, String example) {
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
    answers.put(quiz.id(), String.join(" ", named.isPresent() ? words.subList(1, words.size()) : words));
    return quiz;
  }

  /** The next hint for a step, counted as help used (here and in the progress); empty after the last. */
  public Optional<String> nextHint(LessonStep step) {
    int shown = hintsUsed(step);
    if (shown >= step.hints().size()) {
      return Optional.empty();
    }
    hintsUsed.put(step.id(), shown + 1);
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::hinted));
    return Optional.of(step.hints().get(shown));
  }

  /** Hints shown for a step in this attempt. */
  public int hintsUsed(LessonStep step) {
    return hintsUsed.getOrDefault(step.id(), 0);
  }

  public void solutionShown(LessonStep step) {
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::solutionShown));
  }

  /** The help used in this attempt as a progress of its own, for a report that shows this attempt only. */
  public Progress helpUsed() {
    Progress p = Progress.EMPTY;
    for (LessonStep step : lesson.steps()) {
      for (int i = 0; i < hintsUsed(step); i++) {
        p = p.withStep(lesson.id(), step.id(), StepProgress::hinted);
      }
    }
    return p;
  }

  /**
   * Runs a step's checks now and records the run in the progress: a verdict with its evidence when all
   * passed, an attempt otherwise.
   */
  public Evaluation evaluate(LessonStep step) {
    List<CheckResult> results = checks.run(step.checks(), bench.checkContext(journal, answers));
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

  /** Forgets a step's verdict, and what was typed for it, so that it is done again (the help used stays on record). */
  public void restart(LessonStep step) {
    store.update(p -> p.withStep(lesson.id(), step.id(), StepProgress::reset));
    journal.clear();
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

  private static Verdict verdict(LessonStep step, List<CheckResult> results, Instant now) {
    List<Verdict.CheckRecord> records = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      records.add(new Verdict.CheckRecord(step.checks().get(i).describe(), r.status().name(), r.message(), r.evidence()));
    }
    return new Verdict(now, records);
  }
}
