package org.dockerlab.docker.commands;

/**
 * How a docker command line ended.
 *
 * @param exitCode 0 ok, 1 the engine or the command failed, 2 bad input
 * @param error the one-line error shown, or null; the shell's error coach explains it
 */
public record DockerOutcome(int exitCode, String error) {
  public static DockerOutcome ok() {
    return new DockerOutcome(0, null);
  }

  public boolean succeeded() {
    return exitCode == 0;
  }
}
