package org.dockerlab.check;

import java.util.List;

/**
 * One thing a learner must achieve, checked against the state of the world (engine, files, registry,
 * config), never against keystrokes: a step passes however the learner got there. Implementations are
 * immutable records read from lesson YAML and validated in their constructors.
 */
public interface Check {
  /** What the learner must achieve, in their words: "busybox.tar is a docker archive of busybox". */
  String describe();

  /** Looks at the world now; stateless, everything it needs comes in the context. */
  CheckResult evaluate(CheckContext ctx);

  /**
   * The images whose identity this check compares against, pinned when an attempt begins
   * ({@code myapp:latest} means the image myapp:latest was then, whatever happens to the name later).
   */
  default List<String> pins() {
    return List.of();
  }
}
