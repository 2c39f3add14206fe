package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trace on|off}: show the Engine API requests of each docker command after it. */
@Command(name = "trace", description = "after each docker command, show the Engine API requests it made")
final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ShellCommands shell;

  @Parameters(arity = "0..1", paramLabel = "on|off", completionCandidates = OnOff.class, description = "on or off; alone, says which")
  String state;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ShellSession session = shell.session();
    if (!"on".equals(state) && !"off".equals(state)) {
      out.println("trace is " + (session.trace() ? "on" : "off") + "; use: trace on | trace off");
      return state == null ? 0 : 2;
    }
    session.trace(state.equals("on"));
    out.println(session.trace() ? "trace on: after each docker command you will see the Engine API requests it made" : "trace off");
    return 0;
  }

  /** What completes after {@code trace}. */
  static final class OnOff extends ArrayList<String> {
    OnOff() {
      super(List.of("on", "off"));
    }
  }
}
