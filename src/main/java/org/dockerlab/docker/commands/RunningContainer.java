package org.dockerlab.docker.commands;

import picocli.CommandLine.Parameters;

/** {@code CONTAINER} of {@code docker exec} and {@code docker attach}, the first word after the options (a picocli mixin). */
final class RunningContainer {
  @Parameters(index = "0", paramLabel = "CONTAINER", description = "The running container")
  String name;
}
