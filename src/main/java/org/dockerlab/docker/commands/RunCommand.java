package org.dockerlab.docker.commands;

import org.dockerlab.docker.LabLabels;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docker run}: pulls the image when it is missing, creates the container (labelled as the shell's),
 * starts it, and either prints its ID ({@code -d}) or streams its output until it exits.
 */
@Command(name = "run", description = "Create and run a new container from an image.")
final class RunCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-d", "--detach"}, description = "Run container in background and print container ID")
  boolean detach;

  @Option(names = {"-p", "--publish"}, paramLabel = "[IP:][HOST:]CONTAINER[/PROTO]", description = "Publish a container's port(s) to the host")
  List<String> publish = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Assign a name to the container")
  String name;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables")
  List<String> env = new ArrayList<>();

  @Option(names = {"-v", "--volume"}, paramLabel = "SOURCE:TARGET[:ro]", description = "Bind mount a volume")
  List<String> volumes = new ArrayList<>();

  @Option(names = {"-l", "--label"}, paramLabel = "KEY=VALUE", description = "Set meta data on a container")
  List<String> labels = new ArrayList<>();

  @Option(names = "--rm", description = "Automatically remove the container when it exits")
  boolean remove;

  @Option(names = "--restart", paramLabel = "POLICY", description = "Restart policy: no, always, unless-stopped, on-failure[:N]")
  String restart;

  @Option(names = "--entrypoint", paramLabel = "CMD", description = "Overwrite the default ENTRYPOINT of the image")
  String entrypoint;

  @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container")
  String workdir;

  @Option(names = {"-i", "--interactive"}, description = "Keep STDIN open even if not attached")
  boolean interactive;

  @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY")
  boolean tty;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to run")
  String image;

  @Parameters(index = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
  List<String> command = new ArrayList<>();

  // docker run stops reading its own options at the image: `run busybox ls -l` gives -l to ls
  @Spec
  void spec(CommandSpec spec) {
    spec.parser().stopAtPositional(true);
  }

  @Override
  public Integer call() {
    validate();
    DockerJavaGateway engine = docker.context().engine();
    ensureImage(engine);
    String id;
    try (CreateContainerCmd create = engine.client().createContainerCmd(image)) {
      configure(create);
      id = engine.call(() -> create.exec().getId());
    }
    if (detach) {
      engine.run(() -> engine.client().startContainerCmd(id).exec());
      docker.io().out().println(id);
      docker.io().out().flush();
      return 0;
    }
    return new AttachedRun(engine, docker.io(), id, remove).run(interactive, tty) == 0 ? 0 : 1;
  }

  private void validate() {
    if (remove && restart != null && !restart.equals("no")) {
      throw LabException.badInput("Conflicting options: --restart and --rm");
    }
    if (name != null && !ContainerName.isValid(name.startsWith("/") ? name.substring(1) : name)) {
      throw LabException.badInput("Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
  }

  private void ensureImage(DockerJavaGateway engine) {
    if (engine.inspectImage(image).isPresent()) {
      return;
    }
    ImageRef ref = ImageRef.parse(image);
    docker.io().err().println("Unable to find image '" + ref.withDefaultTag() + "' locally");
    PullCommand.pull(docker, ref, docker.io().err(), docker.io().errIsTerminal());
    docker.io().err().flush();
  }

  private void configure(CreateContainerCmd create) {
    Map<String, String> allLabels = new LinkedHashMap<>();
    for (String label : labels) {
      int eq = label.indexOf('=');
      allLabels.put(eq < 0 ? label : label.substring(0, eq), eq < 0 ? "" : label.substring(eq + 1));
    }
    allLabels.put(LabLabels.CREATED_BY, LabLabels.BY_SHELL);

    Set<ExposedPort> exposed = new LinkedHashSet<>();
    Ports bindings = new Ports();
    for (String p : publish) {
      for (PortSpec spec : PortSpec.parse(p)) {
        ExposedPort port = new ExposedPort(spec.containerPort(), InternetProtocol.parse(spec.protocol()));
        exposed.add(port);
        bindings.bind(port, new Ports.Binding(spec.hostIp(), spec.hostPort()));
      }
    }

    HostConfig host =
        HostConfig.newHostConfig()
            .withPortBindings(bindings)
            .withBinds(volumes.stream().map(v -> VolumeSpec.parse(v, docker.io()::resolve)).toList())
            .withAutoRemove(remove);
    if (restart != null) {
      host.withRestartPolicy(restartPolicy(restart));
    }
    create
        .withLabels(allLabels)
        .withExposedPorts(List.copyOf(exposed))
        .withEnv(environment())
        .withTty(tty)
        .withAttachStdout(!detach)
        .withAttachStderr(!detach)
        .withAttachStdin(interactive && !detach)
        .withStdinOpen(interactive)
        .withStdInOnce(interactive && !detach)
        .withHostConfig(host);
    if (name != null) {
      create.withName(name);
    }
    if (!command.isEmpty()) {
      create.withCmd(command);
    }
    if (entrypoint != null) {
      create.withEntrypoint(entrypoint);
    }
    if (workdir != null) {
      create.withWorkingDir(workdir);
    }
  }

  private List<String> environment() {
    List<String> result = new ArrayList<>();
    for (String e : env) {
      if (e.contains("=")) {
        result.add(e);
      } else if (System.getenv(e) != null) {
        // like the CLI: `-e KEY` passes the shell's own value, and nothing when it has none
        result.add(e + "=" + System.getenv(e));
      }
    }
    return result;
  }

  private static RestartPolicy restartPolicy(String value) {
    try {
      return RestartPolicy.parse(value);
    } catch (IllegalArgumentException e) {
      throw LabException.badInput("invalid restart policy '" + value + "': use no, always, unless-stopped or on-failure[:N]");
    }
  }
}
