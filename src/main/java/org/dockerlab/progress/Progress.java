package org.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything in progress.json: the schema version, where the learner is, and per lesson and step what
 * happened. Immutable: every change makes a new value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(int schemaVersion, Position current, Map<String, Map<String, StepProgress>> lessons) {
  public static final int SCHEMA_VERSION = 1;
  public static final Progress EMPTY = new Progress(SCHEMA_VERSION, null, Map.of());

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
    return new Progress(SCHEMA_VERSION, current, all);
  }

  public Progress at(Position position) {
    return new Progress(SCHEMA_VERSION, position, lessons);
  }

  private static Map<String, Map<String, StepProgress>> copy(Map<String, Map<String, StepProgress>> source) {
    Map<String, Map<String, StepProgress>> out = new LinkedHashMap<>();
    source.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
    return out;
  }
}
