package org.dockerlab.shell;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/** {@code exit}: the shell stops after this line. */
@Command(name = "exit", aliases = "quit", description = "leave the shell (or Ctrl-D); Ctrl-C stops the running command")
final class ExitCommand implements Callable<Integer> {
  @ParentCommand ShellCommands shell;

  /** {@code exit 0} as in sh: the words after it change nothing, the shell's status is its lines'. */
  @Unmatched List<String> ignored;

  @Override
  public Integer call() {
    shell.requestExit();
    return 0;
  }
}
