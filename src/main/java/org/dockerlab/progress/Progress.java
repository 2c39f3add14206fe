package org.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything in progress.json: the schema version, whose progress it is, where the learner is, and per
 * lesson and step what happened. Immutable: every change makes a new value.
 *
 * @param learner the learner's name, stored on first use ({@link Learner}); null in files of version 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(int schemaVersion, String learner, Position current, Map<String, Map<String, StepProgress>> lessons) {
  /** 2 added the learner's name; files of version 1 are read as they are, without one. */
  public static final int SCHEMA_VERSION = 2;
  public static final Progress EMPTY = new Progress(SCHEMA_VERSION, null, null, Map.of());

  public Progress {
    lessons = lessons == null ? Map.of() : copy(lessons);
  }

  /** The lesson and step the learner is at. */
  public record Position(String lesson, int step) {}

  public StepProgress step(String lesson, String step) {
    return lessons.getOrDefault(lesson, Map.of()).getOrDefault(step, StepProgress.NEW);
  }

  public Progress withStep(String lesson, String step, UnaryOperator<StepProgress> change) {
    Map<String, Map<String, StepProgress>> all = copy(lessons);
    Map<String, StepProgress> steps = new LinkedHashMap<>(all.getOrDefault(lesson, Map.of()));
    steps.put(step, change.apply(steps.getOrDefault(step, StepProgress.NEW)));
    all.put(lesson, steps);
    return new Progress(SCHEMA_VERSION, learner, current, all);
  }

  public Progress at(Position position) {
    return new Progress(SCHEMA_VERSION, learner, position, lessons);
  }

  public Progress withLearner(String name) {
    return new Progress(SCHEMA_VERSION, name, current, lessons);
  }

  private static Map<String, Map<String, StepProgress>> copy(Map<String, Map<String, StepProgress>> source) {
    Map<String, Map<String, StepProgress>> out = new LinkedHashMap<>();
    source.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
    return out;
  }
}
