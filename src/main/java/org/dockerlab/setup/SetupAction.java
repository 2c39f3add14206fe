package org.dockerlab.setup;

import java.io.IOException;
import java.util.List;

/**
 * A declarative setup or cleanup action of a lesson, chosen by its YAML {@code action:} name (see
 * {@link SetupTypes}). Implementations are immutable records validated in their constructors, with messages
 * that name the YAML field; each applies itself to the lab it is given, touching only what the lab owns.
 */
public interface SetupAction {
  /** Brings the lab to the state this action names and reports one line on what it did. */
  void apply(SetupContext ctx) throws IOException;

  /** The lab images this action puts in the engine; a lesson lists them in {@code requires.images}. */
  default List<String> images() {
    return List.of();
  }

  /**
   * The repositories this action names in the learner's engine ({@code localhost:5000/myapp}): the lab
   * records the names made under them while a lesson runs, and its cleanups remove those.
   */
  default List<String> names() {
    return List.of();
  }
}
