package org.dockerlab.shell;

/** Runs a line in the shell as if it had been typed, and gives its exit status: how a guide runs a solution. */
@FunctionalInterface
public interface LineExecutor {
  int run(String line);
}
