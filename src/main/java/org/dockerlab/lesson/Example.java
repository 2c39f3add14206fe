package org.dockerlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dockerlab.setup.Fields;

/**
 * An alternative (another right solution, which must pass) or a counterexample (a wrong one, which must
 * leave the step failing) of a step, replayed by {@code verify-lessons} from the step's starting state.
 * Written as a list of commands, or as a mapping when the checks are known to judge it wrongly today:
 *
 * <pre>
 * counterexamples:
 *   - [echo docker save -o busybox-o.tar busybox]           # the command echoed, not run
 *   - run: [docker tag busybox localhost:5000/myapp, docker push localhost:5000/myapp]
 *     known-gap: the registry check compares names, not identities (issue 11)
 * </pre>
 *
 * @param run the commands, run through the lab shell in order (a counterexample's whatever their exit status)
 * @param knownGap why the checks judge it wrongly today (pass a wrong solution, fail a right one); present
 *     only while that defect is open: verify-lessons reports it as a known gap instead of a failure, and
 *     says so when the gap closes
 */
public record Example(
    @JsonProperty("run") List<String> run,
    @JsonProperty("known-gap") String knownGap) {

  public Example {
    run = Fields.list("run", run);
    if (run.isEmpty()) {
      throw new IllegalArgumentException("run: needs at least one command");
    }
    if (knownGap != null && knownGap.isBlank()) {
      throw new IllegalArgumentException("known-gap: say why the checks judge it wrongly today, or leave the field out");
    }
  }

  /** The short form, a plain list of commands. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Example of(List<String> run) {
    return new Example(run, null);
  }

  /** An example the checks are known to judge wrongly today. */
  public boolean isKnownGap() {
    return knownGap != null;
  }
}
