package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clear}: an empty screen. */
@Command(name = "clear", description = "clear the screen")
final class ClearCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print("\033[H\033[2J");
    out.flush();
    return 0;
  }
}
