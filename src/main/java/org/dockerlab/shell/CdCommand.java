package org.dockerlab.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cd DIR}: the shell's working directory; alone, back to the workspace. */
@Command(name = "cd", description = "change the working directory (it starts in the lab's workspace)")
final class CdCommand implements Callable<Integer> {
  @ParentCommand ShellCommands shell;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the directory, relative to the current one")
  String dir;

  @Override
  public Integer call() {
    ShellSession session = shell.session();
    Path target = dir == null ? session.workspace() : session.cwd().resolve(dir).normalize();
    if (!Files.isDirectory(target)) {
      throw LabException.badInput("cd: " + (dir == null ? target : dir) + ": no such directory");
    }
    session.cd(target);
    return 0;
  }
}
