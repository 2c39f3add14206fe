package org.dockerlab.tutor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.evidence.Identity;

/**
 * What an attempt keeps beside its journal and events, in {@code attempt.json}: when it began, where the
 * learner is, the image identities pinned at its start, the answers (and every try), the hints shown,
 * the steps helped by a solution run for the learner, and when a step was reset (evidence before that
 * no longer counts for it).
 */
record AttemptState(
    int schema,
    String lesson,
    Instant startedAt,
    int step,
    Map<String, Identity> pins,
    Map<String, String> answers,
    Map<String, List<QuizTry>> tries,
    Map<String, Integer> hints,
    Map<String, Instant> stepResets,
    List<String> assisted) {
  static final int SCHEMA = 1;

  AttemptState {
    pins = copy(pins);
    answers = copy(answers);
    tries = copy(tries);
    hints = copy(hints);
    stepResets = copy(stepResets);
    assisted = assisted == null ? List.of() : List.copyOf(assisted);
  }

  static AttemptState begin(String lesson, Instant at, Map<String, Identity> pins) {
    return new AttemptState(SCHEMA, lesson, at, 0, pins, null, null, null, null, null);
  }

  AttemptState atStep(int index) {
    return new AttemptState(schema, lesson, startedAt, index, pins, answers, tries, hints, stepResets, assisted);
  }

  AttemptState answered(String quiz, String answer, boolean right, Instant at) {
    Map<String, String> a = new HashMap<>(answers);
    a.put(quiz, answer);
    Map<String, List<QuizTry>> t = new HashMap<>(tries);
    t.put(quiz, append(t.getOrDefault(quiz, List.of()), new QuizTry(at, answer, right)));
    return new AttemptState(schema, lesson, startedAt, step, pins, a, t, hints, stepResets, assisted);
  }

  AttemptState hinted(String stepId) {
    Map<String, Integer> h = new HashMap<>(hints);
    h.merge(stepId, 1, Integer::sum);
    return new AttemptState(schema, lesson, startedAt, step, pins, answers, tries, h, stepResets, assisted);
  }

  AttemptState reset(String stepId, Instant at, List<String> quizzes) {
    Map<String, Instant> r = new HashMap<>(stepResets);
    r.put(stepId, at);
    Map<String, String> a = new HashMap<>(answers);
    quizzes.forEach(a::remove);
    return new AttemptState(schema, lesson, startedAt, step, pins, a, tries, hints, r, assisted);
  }

  AttemptState assist(String stepId) {
    return assisted.contains(stepId) ? this
        : new AttemptState(schema, lesson, startedAt, step, pins, answers, tries, hints, stepResets, append(assisted, stepId));
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }

  private static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? Map.of() : Map.copyOf(map);
  }
}
