package org.dockerlab.docker;

import java.util.List;

/**
 * A command to run in a running container, as {@code docker exec} takes it.
 *
 * @param env {@code KEY=VALUE} entries
 * @param workdir the working directory, or null for the container's
 * @param user the user name or UID, or null for the container's
 * @param interactive its standard input is connected
 */
public record ExecSpec(List<String> command, List<String> env, String workdir, String user, boolean tty, boolean interactive) {
  public ExecSpec {
    if (command == null || command.isEmpty()) {
      throw new IllegalArgumentException("exec needs a command");
    }
    command = List.copyOf(command);
    env = env == null ? List.of() : List.copyOf(env);
  }
}
