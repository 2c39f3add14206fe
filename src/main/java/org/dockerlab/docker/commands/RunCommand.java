package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelledException;
import org.dockerlab.io.RawTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docker run}: pulls the image when it is missing, creates the container (labelled as the shell's),
 * starts it, and either prints its ID ({@code -d}) or streams its output until it exits. Ctrl-C then
 * detaches and leaves the container running, as the CLI does; with {@code --rm} it is killed instead (the
 * engine then removes it). With {@code -it} the container's TTY takes over the terminal ({@link
 * TerminalSession}). The container's exit code is the command's.
 */
@Command(name = "run", description = "Create and run a new container from an image.")
final class RunCommand extends DockerSubcommand {
  @Option(names = {"-d", "--detach"}, description = "Run container in background and print container ID")
  boolean detach;

  @Option(names = {"-p", "--publish"}, paramLabel = "[IP:][HOST:]CONTAINER[/PROTO]", description = "Publish a container's port(s) to the host")
  List<String> publish = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Assign a name to the container")
  String name;

  @Option(names = {"-v", "--volume"}, paramLabel = "SOURCE:TARGET[:ro]", description = "Bind mount a volume")
  List<String> volumes = new ArrayList<>();

  @Option(names = "--mount", paramLabel = "type=volume|bind,source=S,target=T[,readonly]", description = "Attach a filesystem mount to the container")
  List<String> mountOptions = new ArrayList<>();

  @Option(names = {"-l", "--label"}, paramLabel = "KEY=VALUE", description = "Set meta data on a container")
  List<String> labels = new ArrayList<>();

  @Option(names = "--rm", description = "Automatically remove the container when it exits")
  boolean remove;

  @Option(names = "--restart", paramLabel = "POLICY", description = "Restart policy: no, always, unless-stopped, on-failure[:N]")
  String restart;

  @Option(names = "--entrypoint", paramLabel = "CMD", description = "Overwrite the default ENTRYPOINT of the image")
  String entrypoint;

  @Mixin ProcessOptions process;

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
    RawTerminal terminal = detach ? null : process.terminal(context());
    DockerGateway engine = engine();
    ensureImage(engine);
    ContainerSpec spec = spec();
    List<String> newVolumes = createVolumes(engine, spec);
    String id;
    try {
      id = engine.createContainer(spec);
    } catch (LabException e) {
      newVolumes.forEach(v -> removeQuietly(engine, v));
      throw e;
    }
    if (terminal != null) {
      return new ContainerSession(engine, io()).run(id, terminal, remove);
    }
    if (detach) {
      engine.startContainer(id);
      io().out().println(id);
      io().out().flush();
      return 0;
    }
    int code;
    try (TypedInput.Lease input = TypedInput.lease(context(), io(), process.interactive)) {
      code = engine.runAttached(id, input.stream(), new ContainerOutput(io()), remove, io().cancel());
    } catch (CancelledException e) {
      if (remove) {
        killQuietly(engine, id);
      }
      throw e;
    }
    return code;
  }

  private void validate() {
    if (remove && restart != null && !restart.equals("no")) {
      throw LabException.badInput("Conflicting options: --restart and --rm");
    }
    if (name != null && !ContainerName.isValid(name.startsWith("/") ? name.substring(1) : name)) {
      throw LabException.badInput("Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
  }

  private void ensureImage(DockerGateway engine) {
    if (engine.inspectImage(image).isPresent()) {
      return;
    }
    ImageRef ref = ImageRef.parse(image);
    io().err().println("Unable to find image '" + ref.withDefaultTag() + "' locally");
    PullCommand.pull(docker(), ref, io().err(), io().errIsTerminal());
    io().err().flush();
  }

  /** The container the options describe, labelled as the shell's. */
  ContainerSpec spec() {
    Map<String, String> allLabels = new LinkedHashMap<>();
    for (String label : labels) {
      int eq = label.indexOf('=');
      allLabels.put(eq < 0 ? label : label.substring(0, eq), eq < 0 ? "" : label.substring(eq + 1));
    }
    allLabels.put(LabLabels.CREATED_BY, LabLabels.BY_SHELL);
    List<ContainerSpec.Port> ports = new ArrayList<>();
    publish.forEach(p -> ports.addAll(PortSpec.parse(p)));
    List<ContainerSpec.Mount> mounts = new ArrayList<>();
    volumes.forEach(v -> mounts.add(VolumeSpec.parse(v, io()::resolve)));
    mountOptions.forEach(m -> mounts.add(MountSpec.parse(m, io()::resolve)));
    return new ContainerSpec(
        name, image, command, entrypoint, process.workdir, ports, process.environment(), mounts, allLabels, restart, remove,
        new ContainerSpec.Streams(!detach, process.interactive, process.tty));
  }

  /**
   * Creates the named volumes the container mounts that do not exist yet, labelled as the shell's (the engine
   * would create them unlabelled), so that a lesson's cleanup knows them for the lab's; returns their names.
   */
  private static List<String> createVolumes(DockerGateway engine, ContainerSpec spec) {
    List<String> created = new ArrayList<>();
    for (ContainerSpec.Mount m : spec.mounts()) {
      if (m.namedVolume() && !created.contains(m.source()) && engine.inspectVolume(m.source()).isEmpty()) {
        engine.createVolume(m.source(), null, Map.of(), VolumeCommand.withLabLabel(Map.of()));
        created.add(m.source());
      }
    }
    return created;
  }

  private static void removeQuietly(DockerGateway engine, String volume) {
    try {
      engine.removeVolume(volume, false);
    } catch (LabException e) {
      // it was made for this container alone; if it cannot go, it is an empty volume left behind
    }
  }

  private static void killQuietly(DockerGateway engine, String id) {
    try {
      engine.killContainer(id);
    } catch (LabException e) {
      // it may have exited (and been removed) in the meantime: that is what the person wanted
    }
  }
}
