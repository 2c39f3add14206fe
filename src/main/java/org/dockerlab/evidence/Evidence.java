package org.dockerlab.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.ImageRef;

/**
 * What a check may know of what happened in an attempt, beside the state of the world: the identities of
 * the images the steps are about, pinned when the attempt began; the engine's events since; the commands
 * the shell ran (its journal).
 *
 * @param since when the attempt began (after its setup)
 * @param pins image identities by full reference ({@code myapp:latest}), as they were when it began
 */
public record Evidence(Instant since, Map<String, Identity> pins, List<EngineEvent> events, List<JournalEntry> journal) {
  /** No attempt: nothing pinned, nothing happened (a check run outside a lesson). */
  public static final Evidence NONE = new Evidence(Instant.EPOCH, Map.of(), List.of(), List.of());

  public Evidence {
    pins = pins == null ? Map.of() : Map.copyOf(pins);
    events = events == null ? List.of() : List.copyOf(events);
    journal = journal == null ? List.of() : List.copyOf(journal);
  }

  /** The identity pinned for an image reference, typed in any form ({@code busybox} is {@code busybox:latest}). */
  public Optional<Identity> pinned(String reference) {
    return Optional.ofNullable(pins.get(key(reference)));
  }

  /** The form pins are kept under. */
  public static String key(String reference) {
    return ImageRef.parse(reference).withDefaultTag();
  }

  /** The pipelines that ran and succeeded, oldest first. */
  public Stream<JournalEntry> succeeded() {
    return journal.stream().filter(JournalEntry::succeeded);
  }

  /** The engine's events of one type and action ({@code image}, {@code load}), oldest first. */
  public Stream<EngineEvent> events(String type, String action) {
    return events.stream().filter(e -> type.equals(e.type()) && action.equals(e.action()));
  }
}
