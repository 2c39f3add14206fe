package org.dockerlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dockerlab.setup.Fields;

/**
 * A wrong solution of a step: commands that must leave the step's checks failing, replayed by
 * {@code verify-lessons} from the step's starting state. Written as a list of commands, or as a mapping
 * when it is a known gap:
 *
 * <pre>
 * counterexamples:
 *   - [echo docker save -o busybox-o.tar busybox]           # the command echoed, not run
 *   - run: [docker tag busybox localhost:5000/myapp, docker push localhost:5000/myapp]
 *     known-gap: the registry check compares names, not identities (issue 11)
 * </pre>
 *
 * @param run the commands, run through the lab shell in order whatever their exit status
 * @param knownGap why the checks still pass this wrong solution; present only while that defect is open:
 *     verify-lessons reports such a pass as a known gap instead of a failure, and says so when the gap closes
 */
public record Counterexample(
    @JsonProperty("run") List<String> run,
    @JsonProperty("known-gap") String knownGap) {

  public Counterexample {
    run = Fields.list("run", run);
    if (run.isEmpty()) {
      throw new IllegalArgumentException("run: a counterexample needs at least one command");
    }
    if (knownGap != null && knownGap.isBlank()) {
      throw new IllegalArgumentException("known-gap: say why the checks still pass it, or leave the field out");
    }
  }

  /** The short form, a plain list of commands. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Counterexample of(List<String> run) {
    return new Counterexample(run, null);
  }

  /** A counterexample the checks are known to pass today. */
  public boolean isKnownGap() {
    return knownGap != null;
  }
}
