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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options of a new container, as {@code docker run} and {@code docker create} read them, and the
 * container they describe: labelled as the shell's, its named volumes made (labelled) first, its image pulled
 * when it is missing.
 */
abstract class NewContainerCommand extends DockerSubcommand {
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

  /** Whether the command leaves the container's streams alone ({@code run -d}). */
  abstract boolean detached();

  /**
   * Creates the container the options describe (see {@link #validate} first), pulling its image first when it
   * is missing; a volume made for it goes again if the engine refuses the container. Returns its ID.
   */
  String create(DockerGateway engine) {
    ensureImage(engine);
    ContainerSpec spec = spec();
    List<String> newVolumes = createVolumes(engine, spec);
    try {
      return engine.createContainer(spec);
    } catch (LabException e) {
      newVolumes.forEach(v -> removeQuietly(engine, v));
      throw e;
    }
  }

  /** The options' conflicts, in the CLI's words. */
  void validate() {
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
        new ContainerSpec.Streams(!detached(), process.interactive, process.tty));
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
}
