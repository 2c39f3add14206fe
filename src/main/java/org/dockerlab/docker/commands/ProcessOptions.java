package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.List;
import org.dockerlab.io.RawTerminal;
import picocli.CommandLine.Option;

/**
 * {@code -i}, {@code -t}, {@code -e} and {@code -w} of {@code docker run} and {@code docker exec} (a picocli
 * mixin): how the process in the container starts, and whether it takes over the person's terminal.
 */
final class ProcessOptions {
  @Option(names = {"-i", "--interactive"}, description = "Keep STDIN open even if not attached")
  boolean interactive;

  @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY")
  boolean tty;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables")
  List<String> env = new ArrayList<>();

  @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container")
  String workdir;

  /** {@code -e} as the CLI passes it: {@code KEY=VALUE} as typed, a bare {@code KEY} with this shell's value (none when unset). */
  List<String> environment() {
    List<String> result = new ArrayList<>();
    for (String e : env) {
      if (e.contains("=")) {
        result.add(e);
      } else if (System.getenv(e) != null) {
        result.add(e + "=" + System.getenv(e));
      }
    }
    return result;
  }

  /**
   * With {@code -it}, the person's terminal, which the session takes over; {@code null} without. Refused, in
   * the CLI's words, when {@code -it} is asked for and standard input is not a terminal (a pipe, a script).
   */
  RawTerminal terminal(DockerContext context) {
    if (!tty || !interactive) {
      return null;
    }
    if (context.terminal() == null) {
      throw TerminalSession.notATty();
    }
    return context.terminal();
  }
}
