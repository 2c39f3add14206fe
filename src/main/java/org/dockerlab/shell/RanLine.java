package org.dockerlab.shell;

import java.util.List;
import org.dockerlab.evidence.JournalEntry;

/**
 * A line the shell ran, as it tells its {@link Guide}: what was typed, secrets masked, how it ended, and
 * each pipeline that ran as a journal entry (parsed commands, redirections, status, engine requests).
 *
 * @param masked the line with passwords and tokens replaced by {@link SecretMasker#MASK}
 * @param exitCode the status of the last pipeline that ran
 */
public record RanLine(String masked, int exitCode, List<JournalEntry> entries) {
  public RanLine {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
