package org.dockerlab.docker.commands;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Parameters;

/** {@code CONTAINER...} of {@code docker start}, {@code stop} and {@code rm} (a picocli mixin), gone through as the CLI does. */
final class ContainerNames {
  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "The containers, by name or ID")
  List<String> names;

  /** Applies the action to each name, printing each that succeeded; see {@link EachName#apply}. */
  int apply(DockerIo io, Consumer<String> action) {
    return EachName.apply(io, names, action);
  }
}
