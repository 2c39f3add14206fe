package org.dockerlab.docker.commands;

import java.util.List;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ExecSpec;
import org.dockerlab.io.RawTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docker exec NAME COMMAND...}: runs a command in a running container and streams its output; with
 * {@code -it} in a session in the terminal ({@link TerminalSession}). Its exit code is the command's.
 */
@Command(name = "exec", description = "Execute a command in a running container.")
final class ExecCommand extends DockerSubcommand {
  @Mixin ProcessOptions process;

  @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Username or UID")
  String user;

  @Mixin RunningContainer container;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
  List<String> command;

  // like run: `exec web ls -l` gives -l to ls
  @Spec
  void spec(CommandSpec spec) {
    spec.parser().stopAtPositional(true);
  }

  @Override
  public Integer call() {
    ExecSpec spec = new ExecSpec(command, process.environment(), process.workdir, user, process.tty, process.interactive);
    DockerGateway engine = engine();
    RawTerminal terminal = process.terminal(context());
    if (terminal != null) {
      String execId = engine.createExec(container.name, spec);
      TerminalSession.End end =
          TerminalSession.run(terminal, engine.startExec(execId, true), true, (columns, rows) -> engine.resizeExec(execId, columns, rows));
      return end == TerminalSession.End.DETACHED ? 0 : engine.execExitCode(execId);
    }
    try (TypedInput.Lease input = TypedInput.lease(context(), io(), spec.interactive())) {
      return engine.exec(container.name, spec, input.stream(), new ContainerOutput(io()), io().cancel());
    }
  }
}
