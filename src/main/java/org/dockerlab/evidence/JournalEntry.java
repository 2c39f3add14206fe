package org.dockerlab.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline the shell ran, as the journal keeps it: when, its commands, its redirections, how it ended.
 * A line with {@code &&} or {@code ;} gives one entry per pipeline that ran; one that did not run (after a
 * failed {@code &&}) gives none.
 *
 * @param line the whole line it belonged to, secrets masked (for people reading a report)
 * @param cwd the working directory, relative to the workspace ({@code ""} for the workspace itself)
 * @param stages the commands of the pipeline, in order
 * @param stdin the file given with {@code <}, or null
 * @param stdout the file given with {@code >} or {@code >>}, or null
 * @param status the pipeline's exit status; {@link #UNKNOWN} when the system shell ran it inside a longer
 *     line whose statuses it does not report one by one
 * @param requests the Engine API requests its docker command made ({@code POST /images/load 200})
 */
public record JournalEntry(Instant at, String line, String cwd, List<Invocation> stages, String stdin, String stdout, int status, List<String> requests) {
  public static final int UNKNOWN = -1;

  public JournalEntry {
    stages = stages == null ? List.of() : List.copyOf(stages);
    requests = requests == null ? List.of() : List.copyOf(requests);
    cwd = cwd == null ? "" : cwd;
  }

  public boolean succeeded() {
    return status == 0;
  }

  /** The first stage that runs this command ({@code docker save}, {@code ls}). */
  public Optional<Invocation> stage(String command) {
    return stages.stream().filter(s -> s.command().equals(command)).findFirst();
  }
}
