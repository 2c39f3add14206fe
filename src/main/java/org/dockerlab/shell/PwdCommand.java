package org.dockerlab.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pwd}: where the shell is. */
@Command(name = "pwd", description = "show the working directory")
final class PwdCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ShellCommands shell;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(shell.session().cwd());
    return 0;
  }
}
