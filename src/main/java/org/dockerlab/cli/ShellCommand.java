package org.dockerlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dockerlab shell}: the lab shell. */
@Command(name = "shell", description = "Open the lab shell (the default when no command is given).")
final class ShellCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand DockerlabCommand root;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("dockerlab shell: coming next");
    return 0;
  }
}
