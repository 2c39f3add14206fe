package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.LabException;

/**
 * Applies an action to each name of {@code docker start|stop|rm}, like the CLI: prints each name that
 * succeeded, goes on after a failure, prints the errors after the names, and fails (exit 1) when any did.
 * The last error is thrown so that the shell reports it as the command's error.
 */
final class EachName {
  private EachName() {}

  static int apply(DockerIo io, List<String> names, Consumer<String> action) {
    List<LabException> errors = new ArrayList<>();
    for (String name : names) {
      io.cancel().check();
      try {
        action.accept(name);
        io.out().println(name);
        io.out().flush();
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
