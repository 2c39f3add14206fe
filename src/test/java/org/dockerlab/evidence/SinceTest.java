package org.dockerlab.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.EngineEvent;
import org.junit.jupiter.api.Test;

/** What a step's checks see: the journal's entries and the engine's events since the step began, in order. */
class SinceTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  private static JournalEntry ran(String line, Instant at) {
    return new JournalEntry(at, line, "/w", List.of(), null, null, 0, List.of());
  }

  private static EngineEvent tagged(String name, Instant at) {
    return new EngineEvent("image", "tag", "sha256:" + name, Map.of("name", name), at);
  }

  @Test
  void theJournalSinceAnInstantKeepsThatInstantAndLaterInOrder() {
    Journal journal = Journal.inMemory();
    journal.add(ran("docker images", T0.minusSeconds(5)));
    journal.add(ran("docker save busybox -o busybox.tar", T0));
    journal.add(ran("ls -l", T0.plusSeconds(3)));

    assertThat(journal.since(T0)).extracting(JournalEntry::line).containsExactly("docker save busybox -o busybox.tar", "ls -l");
    assertThat(journal.since(T0.plusSeconds(4))).isEmpty();
    assertThat(journal.since(T0.minusSeconds(60))).hasSize(3);
    assertThat(journal.entries()).hasSize(3); // asking changes nothing
  }

  @Test
  void theEventsSinceAnInstantKeepThoseWithoutATime() {
    EventLog log = EventLog.inMemory(T0.minusSeconds(60), Clock.systemUTC());
    log.add(tagged("old", T0.minusSeconds(5)));
    log.add(tagged("untimed", null));
    log.add(tagged("now", T0));
    log.add(tagged("later", T0.plusSeconds(1)));

    assertThat(log.since(T0)).extracting(e -> e.attributes().get("name")).containsExactly("untimed", "now", "later");
    assertThat(log.events()).hasSize(4);
  }
}
