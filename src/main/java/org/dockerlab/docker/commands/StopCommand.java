package org.dockerlab.docker.commands;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker stop [-t N] NAME...}: stops running containers (SIGTERM, then SIGKILL after N s), printing each name. */
@Command(name = "stop", description = "Stop one or more running containers.")
final class StopCommand extends DockerSubcommand {
  @Option(names = {"-t", "--time"}, paramLabel = "N", description = "Seconds to wait for stop before killing it (default 10)")
  Integer seconds;

  @Parameters(arity = "1..*", paramLabel = "CONTAINER", description = "Containers to stop")
  List<String> names;

  @Override
  public Integer call() {
    return EachName.apply(io(), names, n -> engine().stopContainer(n, seconds));
  }
}
