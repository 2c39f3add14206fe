package org.dockerlab.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.EventFilter;
import org.dockerlab.docker.Subscription;

/**
 * What the engine reports happened since an attempt began (images saved, loaded, tagged, pushed, pulled,
 * removed; containers created, started, stopped), whoever caused it: this shell, the docker CLI in another
 * terminal, a script. The engine keeps only its last few hundred events, so the log is caught up after
 * every command the shell runs and whenever it is read, and kept in the attempt's folder.
 */
public final class EventLog {
  static final int LIMIT = 10_000;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

  private final Instant since;
  private final List<EngineEvent> events;
  private final Set<String> seen = new HashSet<>();
  private final JsonLines<EngineEvent> file;
  private final Clock clock;

  private EventLog(Instant since, List<EngineEvent> events, JsonLines<EngineEvent> file, Clock clock) {
    this.since = since;
    this.events = events;
    this.file = file;
    this.clock = clock;
    events.forEach(e -> seen.add(key(e)));
  }

  /** A log kept in memory only. */
  public static EventLog inMemory(Instant since, Clock clock) {
    return new EventLog(since, new ArrayList<>(), null, clock);
  }

  /** The log in {@code file} of an attempt that began at {@code since}. */
  public static EventLog open(Path file, Instant since, Clock clock, Consumer<String> warnings) {
    JsonLines<EngineEvent> lines = new JsonLines<>(file, EngineEvent.class, LIMIT, warnings);
    return new EventLog(since, lines.read(), lines, clock);
  }

  public Instant since() {
    return since;
  }

  /**
   * Asks the engine for what happened since the last event recorded (or since the attempt began) up to
   * now, and keeps what is new, which it returns. An engine that does not answer leaves the log as it was.
   */
  public List<EngineEvent> catchUp(DockerGateway engine) {
    Instant from;
    synchronized (this) {
      from = events.isEmpty() ? since : events.get(events.size() - 1).time();
    }
    Instant until = clock.instant().plusMillis(1);
    if (until.isBefore(from)) {
      return List.of();
    }
    List<EngineEvent> fresh = new ArrayList<>();
    try (Subscription s = engine.events(new EventFilter(from, until, Map.of()), e -> {
      synchronized (fresh) {
        fresh.add(e);
      }
    })) {
      s.awaitEnd(READ_TIMEOUT);
    } catch (RuntimeException e) {
      return List.of(); // no engine now: the command itself said so; the log stays as it was
    }
    List<EngineEvent> kept = new ArrayList<>();
    synchronized (fresh) {
      fresh.stream().filter(this::add).forEach(kept::add);
    }
    return kept;
  }

  /** Keeps one event (a second report of the same event is ignored); whether it was new. */
  public synchronized boolean add(EngineEvent e) {
    if (e.time() != null && e.time().isBefore(since) || !seen.add(key(e))) {
      return false;
    }
    events.add(e);
    if (events.size() > LIMIT) {
      events.subList(0, events.size() - LIMIT).clear();
    }
    if (file != null) {
      file.append(e, events);
    }
    return true;
  }

  public synchronized List<EngineEvent> events() {
    return List.copyOf(events);
  }

  /** The events at or after {@code since} (and those without a time), oldest first; as {@link Journal#since}. */
  public synchronized List<EngineEvent> since(Instant since) {
    return events.stream().filter(e -> e.time() == null || !e.time().isBefore(since)).toList();
  }

  private static String key(EngineEvent e) {
    return e.time() + " " + e.type() + " " + e.action() + " " + e.id() + " " + e.attributes().getOrDefault("name", "");
  }
}
