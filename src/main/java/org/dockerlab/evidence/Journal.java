package org.dockerlab.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The commands the shell ran during one attempt at a lesson or exam, kept in the attempt's folder so that
 * a reopened shell, {@code check} and {@code grade --live} see the same evidence. Bounded: the newest
 * {@value #LIMIT} pipelines are kept.
 */
public final class Journal {
  static final int LIMIT = 10_000;

  private final List<JournalEntry> entries;
  private final JsonLines<JournalEntry> file;

  private Journal(List<JournalEntry> entries, JsonLines<JournalEntry> file) {
    this.entries = entries;
    this.file = file;
  }

  /** A journal kept in memory only (tests, a shell with no state directory). */
  public static Journal inMemory() {
    return new Journal(new ArrayList<>(), null);
  }

  /** The journal in {@code file}, read now and appended to from here on. */
  public static Journal open(Path file, Consumer<String> warnings) {
    JsonLines<JournalEntry> lines = new JsonLines<>(file, JournalEntry.class, LIMIT, warnings);
    return new Journal(lines.read(), lines);
  }

  public synchronized void add(JournalEntry entry) {
    entries.add(entry);
    if (entries.size() > LIMIT) {
      entries.subList(0, entries.size() - LIMIT).clear();
    }
    if (file != null) {
      file.append(entry, entries);
    }
  }

  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The entries made at or after {@code since}, oldest first: what a step's checks may see. One pass
   * over the journal and one copy of what is kept (run before every check, with up to 10,000 entries).
   */
  public synchronized List<JournalEntry> since(Instant since) {
    return entries.stream().filter(e -> !e.at().isBefore(since)).toList();
  }
}
