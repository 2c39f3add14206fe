package org.dockerlab.docker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which events to receive, as {@code docker events --since --until --filter} chooses them.
 *
 * @param since the first moment, or null for now
 * @param until the last moment, after which the engine ends the stream; null to follow until closed
 * @param filters the engine's filters by key ({@code type=image}, {@code event=push}, {@code label=...})
 */
public record EventFilter(Instant since, Instant until, Map<String, List<String>> filters) {
  public EventFilter {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }
}
