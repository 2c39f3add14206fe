package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.EngineUnavailableException;
import org.dockerlab.errors.LabException;

/**
 * Applies an action to each name of {@code docker start|stop|rm|rmi}, like the CLI: goes on after a failure,
 * prints the errors after the others, and fails (exit 1) when any did; the last error is thrown so that the
 * shell reports it as the command's error. No engine stops it at once: every other name would fail the same.
 */
final class EachName {
  private EachName() {}

  /** For {@code start}, {@code stop}, {@code rm}: prints each name that succeeded. */
  static int apply(DockerIo io, List<String> names, Consumer<String> action) {
    return each(io, names, name -> {
      action.accept(name);
      io.out().println(name);
      io.out().flush();
    });
  }

  /** The same, where the action prints what it did itself. */
  static int each(DockerIo io, List<String> names, Consumer<String> action) {
    List<LabException> errors = new ArrayList<>();
    for (String name : names) {
      io.cancel().check();
      try {
        action.accept(name);
      } catch (EngineUnavailableException e) {
        throw e;
      } catch (LabException e) {
        errors.add(e);
      }
    }
    if (errors.isEmpty()) {
      return 0;
    }
    for (LabException e : errors.subList(0, errors.size() - 1)) {
      io.err().println((e instanceof EngineError ? "Error response from daemon: " : "Error: ") + e.getMessage());
    }
    io.err().flush();
    throw errors.get(errors.size() - 1);
  }
}
