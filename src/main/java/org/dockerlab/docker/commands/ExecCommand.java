package org.dockerlab.docker.commands;

import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.command.ExecStartCmd;
import com.github.dockerjava.api.command.InspectExecResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dockerlab.docker.DockerJavaGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docker exec NAME COMMAND...}: runs a command in a running container and streams its output. */
@Command(name = "exec", description = "Execute a command in a running container.")
final class ExecCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-i", "--interactive"}, description = "Keep STDIN open even if not attached")
  boolean interactive;

  @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY")
  boolean tty;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY=VALUE", description = "Set environment variables")
  List<String> env = new ArrayList<>();

  @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container")
  String workdir;

  @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Username or UID")
  String user;

  @Parameters(index = "0", paramLabel = "CONTAINER", description = "The running container")
  String container;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
  List<String> command;

  // like run: `exec web ls -l` gives -l to ls
  @Spec
  void spec(CommandSpec spec) {
    spec.parser().stopAtPositional(true);
  }

  @Override
  public Integer call() {
    DockerJavaGateway engine = docker.context().engine();
    ExecCreateCmd create =
        engine.client()
            .execCreateCmd(container)
            .withCmd(command.toArray(String[]::new))
            .withAttachStdout(true)
            .withAttachStderr(true)
            .withAttachStdin(interactive)
            .withTty(tty)
            .withEnv(env);
    if (workdir != null) {
      create.withWorkingDir(workdir);
    }
    if (user != null) {
      create.withUser(user);
    }
    String execId = engine.call(() -> create.exec().getId());
    ExecStartCmd start = engine.client().execStartCmd(execId).withTty(tty);
    if (interactive) {
      start.withStdIn(docker.io().stdin());
    }
    ContainerOutput output = engine.call(() -> start.exec(new ContainerOutput(docker.io())));
    output.follow(engine);
    InspectExecResponse done = engine.call(() -> engine.client().inspectExecCmd(execId).exec());
    Long code = done.getExitCodeLong();
    return code == null || code == 0 ? 0 : 1;
  }
}
