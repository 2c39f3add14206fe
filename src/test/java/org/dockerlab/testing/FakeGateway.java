package org.dockerlab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.dockerlab.docker.ApiTrace;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.EngineInfo;
import org.dockerlab.docker.EngineUnavailableException;
import org.dockerlab.docker.EventFilter;
import org.dockerlab.docker.ExecSpec;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.docker.ImageRemoval;
import org.dockerlab.docker.Prunable;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.docker.LogOptions;
import org.dockerlab.docker.OutputSink;
import org.dockerlab.docker.RegistryEvent;
import org.dockerlab.docker.Subscription;
import org.dockerlab.io.CancelToken;

/**
 * An engine in memory, for unit tests of the docker subcommands and of what uses the gateway: images with
 * their tags, containers created from specs, registries with accounts. It remembers what was asked of it
 * (the specs created, the pushes and pulls with their logins) and the engine events they would cause.
 */
public final class FakeGateway implements DockerGateway {
  /** An image: its ID, names and labels; {@code created} in epoch seconds. */
  private record Image(String id, List<String> tags, List<String> digests, Map<String, String> labels, long created, long size, List<String> diffIds) {}

  private final boolean down;
  private final List<Image> images = new ArrayList<>();
  private final Map<String, ContainerSummary> containers = new LinkedHashMap<>();
  private final Map<String, ContainerSpec> specs = new HashMap<>();
  private final Map<String, Instant> createdAt = new HashMap<>();
  /** The volume behind each anonymous mount, by container ID and target. */
  private final Map<String, Map<String, String>> anonymousVolumes = new HashMap<>();
  /** Each container's image by ID, as the engine keeps it: a container outlives the names of its image. */
  private final Map<String, String> containerImages = new HashMap<>();
  private final Map<String, List<RegistryEvent>> pullable = new HashMap<>();
  private final Map<String, String> pulledIds = new HashMap<>();
  private final Map<String, List<RegistryEvent>> pushReplies = new HashMap<>();
  private final Map<String, String> accounts = new HashMap<>();
  private final Set<String> startingRegistries = new HashSet<>();
  private final List<ContainerSpec> created = new ArrayList<>();
  private final List<String> pushes = new ArrayList<>();
  private final List<String> pulls = new ArrayList<>();
  private final List<EngineEvent> events = new ArrayList<>();
  private final List<String> builtFiles = new ArrayList<>();
  private final Map<String, ObjectNode> volumes = new LinkedHashMap<>();
  private String apiVersion = "1.41";
  private byte[] containerOutput = new byte[0];
  private int exitCode;
  private int nextId = 1;

  public FakeGateway() {
    this(false);
  }

  private FakeGateway(boolean down) {
    this.down = down;
  }

  /** An engine that does not answer: every call fails as a dead socket does. */
  public static FakeGateway down() {
    return new FakeGateway(true);
  }

  // --- what the engine holds ---

  /** An image with these names ({@code busybox:latest}), made a minute before the test. */
  public FakeGateway withImage(String id, String... tags) {
    images.add(new Image(id, List.of(tags), List.of(), Map.of(), Instant.now().minusSeconds(60).getEpochSecond(), 4_261_550, List.of()));
    return this;
  }

  public FakeGateway withImage(ImageDetails image) {
    images.add(new Image(image.id(), image.repoTags(), image.repoDigests(), image.labels(), 0, image.size(), image.diffIds()));
    return this;
  }

  public FakeGateway withContainer(ContainerSummary container) {
    containers.put(container.id(), container);
    find(container.image()).ifPresent(i -> containerImages.put(container.id(), i.id()));
    return this;
  }

  /** A volume someone made, with these labels. */
  public FakeGateway withVolume(String name, Map<String, String> labels) {
    newVolume(name, labels);
    return this;
  }

  /** The API version the engine answers with ({@code 1.41} is Docker 20.10's; {@code 1.42} changed volume prune). */
  public FakeGateway apiVersion(String version) {
    this.apiVersion = version;
    return this;
  }

  /** A registry image that a pull of {@code reference} finds, with the progress the engine would report. */
  public FakeGateway pullable(String reference, String id, RegistryEvent... progress) {
    pullable.put(normalized(reference), List.of(progress));
    pulledIds.put(normalized(reference), id);
    return this;
  }

  /** What the engine reports while pushing {@code reference}. */
  public FakeGateway pushReplies(String reference, RegistryEvent... progress) {
    pushReplies.put(normalized(reference), List.of(progress));
    return this;
  }

  /** A registry on this machine that is still starting: operations on it say they wait for it. */
  public FakeGateway starting(String registry) {
    startingRegistries.add(registry);
    return this;
  }

  public FakeGateway withAccount(String registry, String user, String password) {
    accounts.put(registry, user + ":" + password);
    return this;
  }

  /** What containers write when attached to, and the code they exit with. */
  public FakeGateway containerOutput(String text, int code) {
    this.containerOutput = text.getBytes(StandardCharsets.UTF_8);
    this.exitCode = code;
    return this;
  }

  // --- what was asked of it ---

  /** The specs containers were created from, in order. */
  public List<ContainerSpec> created() {
    return List.copyOf(created);
  }

  /** Each push as {@code reference as user} (or {@code as anonymous}). */
  public List<String> pushes() {
    return List.copyOf(pushes);
  }

  public List<String> pulls() {
    return List.copyOf(pulls);
  }

  /** The engine events the calls so far would have caused. */
  public List<EngineEvent> engineEvents() {
    return List.copyOf(events);
  }

  // --- the gateway ---

  private void answer() {
    if (down) {
      throw EngineUnavailableException.unreachable("unix:///var/run/docker.sock", null);
    }
  }

  @Override
  public EngineInfo info() {
    answer();
    return new EngineInfo("unix:///var/run/docker.sock", "20.10.24", apiVersion, "1.12", "go1.19", "297e128", "linux", "amd64", "6.1.0", false);
  }

  @Override
  public JsonNode systemInfo() {
    answer();
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    info.put("Containers", containers.size()).put("Images", images.size()).put("ServerVersion", "20.10.24");
    return info;
  }

  @Override
  public ApiTrace trace() {
    return new ApiTrace();
  }

  @Override
  public void close() {}

  @Override
  public List<ImageSummary> images(boolean all, Map<String, List<String>> filters) {
    answer();
    List<String> references = filters.getOrDefault("reference", List.of());
    List<ImageSummary> found = new ArrayList<>();
    for (Image i : images) {
      // like the engine, a reference filter also keeps only the names that match
      List<String> tags = i.tags().stream().filter(t -> references.isEmpty() || references.stream().anyMatch(r -> matches(t, r))).toList();
      if (references.isEmpty() || !tags.isEmpty()) {
        found.add(new ImageSummary(i.id(), tags, i.digests(), i.created(), i.size(), i.labels()));
      }
    }
    return found;
  }

  // the engine's reference filter: a glob on the name, with or without the tag
  private static boolean matches(String tag, String pattern) {
    String regex = pattern.replace(".", "\\.").replace("*", "[^/]*");
    return tag.matches(regex) || tag.replaceFirst(":[^:/]+$", "").matches(regex);
  }

  @Override
  public Optional<ImageDetails> inspectImage(String reference) {
    answer();
    return find(reference).map(i -> new ImageDetails(i.id(), i.tags(), i.digests(), i.labels(), i.size(), i.diffIds()));
  }

  private Optional<Image> find(String reference) {
    String name = normalized(reference);
    return images.stream()
        .filter(i -> i.tags().contains(name) || i.digests().contains(reference) || i.id().equals(reference) || i.id().startsWith("sha256:" + reference))
        .findFirst();
  }

  private static String normalized(String reference) {
    try {
      return ImageRef.parse(reference).withDefaultTag();
    } catch (RuntimeException notAName) {
      return reference;
    }
  }

  @Override
  public Optional<JsonNode> inspectImageJson(String reference) {
    return inspectImage(reference).map(i -> {
      ObjectNode json = JsonNodeFactory.instance.objectNode().put("Id", i.id());
      i.repoTags().forEach(json.putArray("RepoTags")::add);
      return json;
    });
  }

  @Override
  public void pull(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel) {
    answer();
    String name = normalized(reference);
    pulls.add(name + as(login));
    waitIfStarting(ImageRef.parse(reference).registry(), events);
    List<RegistryEvent> progress = pullable.get(name);
    if (progress == null) {
      throw new EngineError(404, "manifest for " + name + " not found: manifest unknown: manifest unknown", null);
    }
    progress.forEach(events);
    images.removeIf(i -> i.id().equals(pulledIds.get(name)));
    images.add(new Image(pulledIds.get(name), List.of(name), List.of(), Map.of(), Instant.now().getEpochSecond(), 4_261_550, List.of()));
    record("image", "pull", name);
  }

  @Override
  public void push(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel) {
    answer();
    ImageRef ref = ImageRef.parse(reference);
    waitIfStarting(ref.registry(), events);
    if (find(reference).isEmpty()) {
      throw new EngineError(404, "An image does not exist locally with the tag: " + ref.repository(), null);
    }
    pushes.add(normalized(reference) + as(login));
    pushReplies.getOrDefault(normalized(reference), List.of()).forEach(events);
    record("image", "push", normalized(reference));
  }

  @Override
  public String auth(String registry, Credentials login, Consumer<RegistryEvent> events) {
    answer();
    waitIfStarting(registry, events);
    String expected = accounts.get(registry);
    if (expected == null || !expected.equals(login.username() + ":" + new String(login.password()))) {
      throw new EngineError(401, "login attempt to http://" + registry + "/v2/ failed with status: 401 Unauthorized", null);
    }
    return "Login Succeeded";
  }

  private void waitIfStarting(String registry, Consumer<RegistryEvent> events) {
    if (startingRegistries.contains(registry)) {
      events.accept(new RegistryEvent.Waiting(registry, java.time.Duration.ofSeconds(5)));
    }
  }

  private static String as(Credentials login) {
    return login == null ? " as anonymous" : " as " + login.username();
  }

  @Override
  public String build(InputStream context, String tag, Map<String, String> labels) {
    answer();
    String id = "sha256:" + String.format("%064x", nextId++);
    images.add(new Image(id, List.of(normalized(tag)), List.of(), labels, Instant.now().getEpochSecond(), 4_261_550, List.of()));
    return id;
  }

  @Override
  public void tag(String source, String target) {
    answer();
    Image image = find(source).orElseThrow(() -> new EngineError(404, "No such image: " + source, null));
    String name = normalized(target);
    untag(name);
    images.set(images.indexOf(find(source).orElseThrow()), withTags(image, plus(image.tags(), name)));
    events.add(new EngineEvent("image", "tag", image.id(), Map.of("name", name), Instant.now()));
  }

  private void untag(String name) {
    images.replaceAll(i -> withTags(i, i.tags().stream().filter(t -> !t.equals(name)).toList()));
  }

  private static Image withTags(Image i, List<String> tags) {
    return new Image(i.id(), tags, i.digests(), i.labels(), i.created(), i.size(), i.diffIds());
  }

  private static List<String> plus(List<String> list, String item) {
    List<String> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  @Override
  public List<ImageRemoval> removeImage(String reference, boolean force, boolean noPrune) {
    answer();
    Image image = find(reference).orElseThrow(() -> new EngineError(404, "No such image: " + reference, null));
    boolean used = containerImages.containsValue(image.id());
    boolean byId = image.id().equals(reference) || image.id().startsWith("sha256:" + reference);
    List<ImageRemoval> report = new ArrayList<>();
    if (!byId) {
      // as the engine: a name goes; the last tag of a repository takes the repository's digests with it
      String name = reference.contains("@") ? reference : normalized(reference);
      String repository = name.contains("@") ? name.substring(0, name.indexOf('@')) : ImageRef.parse(name).repository();
      List<String> tags = image.tags().stream().filter(t -> !t.equals(name)).toList();
      boolean repositoryTagged = tags.stream().anyMatch(t -> ImageRef.parse(t).repository().equals(repository));
      List<String> digests = image.digests().stream()
          .filter(d -> !d.equals(name) && (repositoryTagged || name.contains("@") || !d.startsWith(repository + "@")))
          .toList();
      if (tags.isEmpty() && digests.isEmpty() && used && !force) {
        throw new EngineError(409, "conflict: unable to remove repository reference \"" + reference + "\" (must force) - container is using its referenced image", null);
      }
      report.add(new ImageRemoval(ImageRemoval.Kind.UNTAGGED, name));
      image.digests().stream().filter(d -> !d.equals(name) && !digests.contains(d)).forEach(d -> report.add(new ImageRemoval(ImageRemoval.Kind.UNTAGGED, d)));
      Image left = new Image(image.id(), tags, digests, image.labels(), image.created(), image.size(), image.diffIds());
      images.set(images.indexOf(image), left);
      record("image", "untag", image.id());
      if (!tags.isEmpty() || !digests.isEmpty() || used) {
        return report;
      }
      image = left;
    } else if (used) {
      throw new EngineError(409, "conflict: unable to delete " + reference + " (cannot be forced) - image is being used by a container", null);
    }
    image.tags().forEach(t -> report.add(new ImageRemoval(ImageRemoval.Kind.UNTAGGED, t)));
    report.add(new ImageRemoval(ImageRemoval.Kind.DELETED, image.id()));
    images.remove(image);
    record("image", "delete", image.id());
    return report;
  }

  @Override
  public InputStream saveImages(List<String> references) {
    answer();
    for (String r : references) {
      find(r).orElseThrow(() -> new EngineError(404, "reference does not exist", null));
      record("image", "save", normalized(r));
    }
    return new ByteArrayInputStream(("archive of " + String.join(" ", references)).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public List<String> loadImages(InputStream archive, Consumer<String> eachLine, LongConsumer sent) {
    answer();
    try {
      byte[] bytes = archive.readAllBytes();
      sent.accept(bytes.length);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!text.startsWith("archive of ")) {
        throw new EngineError(500, "unexpected EOF", null);
      }
      List<String> lines = new ArrayList<>();
      for (String name : text.substring("archive of ".length()).split(" ")) {
        String line = "Loaded image: " + normalized(name);
        lines.add(line);
        eachLine.accept(line);
        record("image", "load", normalized(name));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ContainerSummary> containers(boolean all, Map<String, List<String>> filters) {
    answer();
    List<String> ancestors = filters.getOrDefault("ancestor", List.of());
    return containers.values().stream()
        .filter(c -> all || c.running())
        .filter(c -> ancestors.isEmpty() || ancestors.contains(containerImages.get(c.id())))
        .toList();
  }

  @Override
  public Optional<ContainerDetails> inspectContainer(String name) {
    answer();
    return container(name).map(c -> {
      ContainerSpec spec = specs.get(c.id());
      List<String> env = spec == null ? List.of() : spec.env();
      String imageId = find(c.image()).map(Image::id).orElse("sha256:image");
      List<ContainerDetails.MountPoint> mounts = spec == null ? List.of() : mountPoints(c.id(), spec);
      return new ContainerDetails(c.id(), c.name(), c.image(), imageId, c.state(), c.ports(), env, c.labels(), mounts, createdAt.get(c.id()));
    });
  }

  private Optional<ContainerSummary> container(String name) {
    return containers.values().stream().filter(c -> c.id().startsWith(name) || c.name().equals(name)).findFirst();
  }

  private ContainerSummary existing(String name) {
    return container(name).orElseThrow(() -> new EngineError(404, "No such container: " + name, null));
  }

  @Override
  public Optional<JsonNode> inspectContainerJson(String name) {
    return inspectContainer(name).map(c -> JsonNodeFactory.instance.objectNode().put("Id", c.id()).put("Name", "/" + c.name()));
  }

  @Override
  public String createContainer(ContainerSpec spec) {
    answer();
    if (find(spec.image()).isEmpty()) {
      throw new EngineError(404, "No such image: " + spec.image(), null);
    }
    String name = spec.name() == null ? "fake_" + nextId : spec.name().replaceFirst("^/", "");
    if (container(name).isPresent()) {
      throw new EngineError(409, "Conflict. The container name \"/" + name + "\" is already in use", null);
    }
    String id = String.format("%064x", nextId++);
    List<ContainerSummary.PublishedPort> ports = spec.ports().stream()
        .map(p -> new ContainerSummary.PublishedPort("0.0.0.0", p.hostPort().isEmpty() ? 0 : Integer.parseInt(p.hostPort()), p.containerPort(), p.protocol()))
        .toList();
    containers.put(id, new ContainerSummary(
        id, List.of("/" + name), spec.image(), String.join(" ", spec.command()), Instant.now().getEpochSecond(), "created", "Created",
        ports, spec.labels()));
    specs.put(id, spec);
    createdAt.put(id, Instant.now());
    for (ContainerSpec.Mount m : spec.mounts()) {
      if (m.source() == null) {
        String volume = String.format("%064x", 0xA000L + nextId++);
        newVolume(volume, Map.of());
        anonymousVolumes.computeIfAbsent(id, k -> new HashMap<>()).put(m.target(), volume);
      } else if (m.namedVolume() && !volumes.containsKey(m.source())) {
        newVolume(m.source(), Map.of());
      }
    }
    containerImages.put(id, find(spec.image()).orElseThrow().id());
    created.add(spec);
    record("container", "create", id);
    return id;
  }

  private void setState(ContainerSummary c, String state, String status) {
    containers.put(c.id(), new ContainerSummary(c.id(), c.names(), c.image(), c.command(), c.created(), state, status, c.ports(), c.labels()));
  }

  @Override
  public void startContainer(String name) {
    answer();
    ContainerSummary c = existing(name);
    setState(c, "running", "Up Less than a second");
    record("container", "start", c.id());
  }

  @Override
  public int runAttached(String id, InputStream stdin, OutputSink output, boolean untilRemoved, CancelToken cancel) {
    startContainer(id);
    try {
      output.stdout(containerOutput);
    } catch (IOException e) {
      // the reader went away
    }
    ContainerSummary c = existing(id);
    if (untilRemoved) {
      containers.remove(c.id());
      containerImages.remove(c.id());
    } else {
      setState(c, "exited", "Exited (" + exitCode + ") Less than a second ago");
    }
    record("container", "die", c.id());
    return exitCode;
  }

  @Override
  public void stopContainer(String name, Integer timeoutSeconds) {
    answer();
    ContainerSummary c = existing(name);
    setState(c, "exited", "Exited (0) Less than a second ago");
    record("container", "stop", c.id());
  }

  @Override
  public void killContainer(String name) {
    answer();
    ContainerSummary c = existing(name);
    if (!c.running()) {
      throw new EngineError(409, "Container " + c.id() + " is not running", null);
    }
    setState(c, "exited", "Exited (137) Less than a second ago");
    record("container", "kill", c.id());
  }

  @Override
  public void removeContainer(String name, boolean force, boolean volumes) {
    answer();
    ContainerSummary c = existing(name);
    if (c.running() && !force) {
      throw new EngineError(409, "You cannot remove a running container " + c.id() + ". Stop the container before attempting removal or force remove", null);
    }
    containers.remove(c.id());
    if (volumes) {
      anonymousVolumes.getOrDefault(c.id(), Map.of()).values().forEach(this.volumes::remove);
    }
    containerImages.remove(c.id());
    record("container", "destroy", c.id());
  }

  @Override
  public void logs(String container, LogOptions options, OutputSink output, CancelToken cancel) {
    answer();
    existing(container);
    try {
      output.stdout(containerOutput);
    } catch (IOException e) {
      // the reader went away
    }
  }

  @Override
  public int exec(String container, ExecSpec spec, InputStream stdin, OutputSink output, CancelToken cancel) {
    answer();
    if (!existing(container).running()) {
      throw new EngineError(409, "Container " + container + " is not running", null);
    }
    logs(container, new LogOptions(false, null, false), output, cancel);
    return exitCode;
  }

  // sessions need a real engine's hijacked connections: they are tested against the engine (TerminalDockerIT)
  @Override
  public org.dockerlab.docker.ProcessStreams attach(String container, boolean stdin) {
    throw new UnsupportedOperationException("the fake engine has no container streams");
  }

  @Override
  public void resize(String container, int columns, int rows) {
    answer();
  }

  @Override
  public org.dockerlab.docker.ExitWatch watchExit(String container, boolean untilRemoved) {
    throw new UnsupportedOperationException("the fake engine runs no containers");
  }

  @Override
  public String createExec(String container, ExecSpec spec) {
    throw new UnsupportedOperationException("the fake engine runs no processes");
  }

  @Override
  public org.dockerlab.docker.ProcessStreams startExec(String execId, boolean tty) {
    throw new UnsupportedOperationException("the fake engine runs no processes");
  }

  @Override
  public void resizeExec(String execId, int columns, int rows) {
    answer();
  }

  @Override
  public int execExitCode(String execId) {
    throw new UnsupportedOperationException("the fake engine runs no processes");
  }

  @Override
  public String buildImage(InputStream context, org.dockerlab.docker.BuildSpec spec, Consumer<String> output, CancelToken cancel) {
    answer();
    String dockerfile;
    try (org.apache.commons.compress.archivers.tar.TarArchiveInputStream tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(context)) {
      dockerfile = null;
      for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        builtFiles.add(e.getName());
        if (e.getName().equals(spec.dockerfile())) {
          dockerfile = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (dockerfile == null) {
      throw new EngineError(500, "Cannot locate specified Dockerfile: " + spec.dockerfile(), null);
    }
    List<String> steps = dockerfile.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    for (int i = 0; i < steps.size(); i++) {
      String word = steps.get(i).split("\\s+")[0].toUpperCase();
      if (!Set.of("FROM", "RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "ENV", "ARG", "WORKDIR", "EXPOSE", "LABEL", "USER", "VOLUME").contains(word)) {
        throw new EngineError(500, "dockerfile parse error line " + (i + 1) + ": unknown instruction: " + steps.get(i).split("\\s+")[0].toUpperCase(), null);
      }
      output.accept("Step " + (i + 1) + "/" + steps.size() + " : " + steps.get(i) + "\n");
    }
    String id = "sha256:" + String.format("%064x", nextId++);
    spec.tags().forEach(this::untag);
    images.add(new Image(id, spec.tags(), List.of(), spec.labels(), Instant.now().getEpochSecond(), 4_261_550, List.of()));
    output.accept("Successfully built " + id.substring(7, 19) + "\n");
    spec.tags().forEach(t -> output.accept("Successfully tagged " + t + "\n"));
    record("image", "build", id);
    return id;
  }

  /** The files the last builds were sent in their contexts. */
  public List<String> builtFiles() {
    return List.copyOf(builtFiles);
  }

  // --- history, import, prune, disk usage, export ---

  @Override
  public Optional<JsonNode> imageHistory(String reference) {
    answer();
    return find(reference).map(i -> {
      ArrayNode history = JsonNodeFactory.instance.arrayNode();
      ObjectNode top = history.addObject().put("Id", i.id()).put("Created", i.created())
          .put("CreatedBy", "/bin/sh -c #(nop)  CMD [\"sh\"]").put("Size", 0).put("Comment", "");
      i.tags().forEach(top.putArray("Tags")::add);
      history.addObject().put("Id", "<missing>").put("Created", i.created())
          .put("CreatedBy", "/bin/sh -c #(nop) ADD file:6a4c1d9d5b3e08b8f0c8bcb1e27a7e31f5f9f7c3f0 in / ").put("Size", i.size()).put("Comment", "");
      return history;
    });
  }

  @Override
  public String importImage(InputStream tar, String repository, String tag, List<String> changes, String message) {
    answer();
    try {
      tar.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String id = "sha256:" + String.format("%064x", nextId++);
    List<String> tags = repository == null ? List.of() : List.of(repository + ":" + (tag == null ? "latest" : tag));
    tags.forEach(this::untag);
    images.add(new Image(id, tags, List.of(), Map.of(), Instant.now().getEpochSecond(), 0, List.of()));
    record("image", "import", id);
    return id;
  }

  @Override
  public void pushAllTags(String repository, Credentials login, Consumer<RegistryEvent> events, CancelToken cancel) {
    List<String> tags = images.stream().flatMap(i -> i.tags().stream())
        .filter(t -> t.startsWith(repository + ":")).sorted().toList();
    if (tags.isEmpty()) {
      throw new EngineError(404, "An image does not exist locally with the tag: " + repository, null);
    }
    tags.forEach(t -> push(t, login, null, events, cancel));
  }

  @Override
  public JsonNode prune(Prunable what, Map<String, List<String>> filters) {
    answer();
    return switch (what) {
      case IMAGES -> pruneImages(filters);
      case VOLUMES -> pruneVolumes(filters);
      case CONTAINERS -> pruneContainers();
      case NETWORKS -> JsonNodeFactory.instance.objectNode().set("NetworksDeleted", JsonNodeFactory.instance.arrayNode());
      case BUILD_CACHE -> {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.putArray("CachesDeleted");
        yield report.put("SpaceReclaimed", 0);
      }
    };
  }

  private JsonNode pruneContainers() {
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    ArrayNode deleted = report.putArray("ContainersDeleted");
    for (ContainerSummary c : List.copyOf(containers.values())) {
      if (!c.running()) {
        removeContainer(c.id(), false, false);
        deleted.add(c.id());
      }
    }
    return report.put("SpaceReclaimed", deleted.size() * 512L);
  }

  private JsonNode pruneImages(Map<String, List<String>> filters) {
    boolean danglingOnly = !filters.getOrDefault("dangling", List.of("true")).contains("false");
    Set<String> used = new HashSet<>();
    containers.values().forEach(c -> find(c.image()).ifPresent(i -> used.add(i.id())));
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    ArrayNode deleted = report.putArray("ImagesDeleted");
    long reclaimed = 0;
    for (Image i : List.copyOf(images)) {
      if (used.contains(i.id()) || (danglingOnly && !i.tags().isEmpty())) {
        continue;
      }
      i.tags().forEach(t -> deleted.addObject().put("Untagged", t));
      deleted.addObject().put("Deleted", i.id());
      reclaimed += i.size();
      images.remove(i);
      record("image", "delete", i.id());
    }
    report.put("SpaceReclaimed", reclaimed);
    return report;
  }

  @Override
  public JsonNode diskUsage() {
    answer();
    ObjectNode df = JsonNodeFactory.instance.objectNode();
    ArrayNode list = df.putArray("Images");
    long layers = 0;
    for (Image i : images) {
      long users = containers.values().stream().filter(c -> find(c.image()).map(Image::id).orElse("").equals(i.id())).count();
      list.addObject().put("Id", i.id()).put("Size", i.size()).put("SharedSize", 0).put("Containers", users);
      layers += i.size();
    }
    df.put("LayersSize", layers);
    ArrayNode cs = df.putArray("Containers");
    containers.values().forEach(c -> cs.addObject().put("Id", c.id()).put("State", c.state()).put("SizeRw", 0));
    df.putArray("Volumes");
    df.putArray("BuildCache");
    return df;
  }

  // --- volumes ---

  private ObjectNode newVolume(String name, Map<String, String> labels) {
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    v.put("CreatedAt", "2026-12-03T06:28:07Z").put("Driver", "local");
    if (labels.isEmpty()) {
      v.putNull("Labels");
    } else {
      ObjectNode l = v.putObject("Labels");
      labels.forEach(l::put);
    }
    v.put("Mountpoint", "/var/lib/docker/volumes/" + name + "/_data").put("Name", name).putNull("Options").put("Scope", "local");
    volumes.put(name, v);
    record("volume", "create", name);
    return v;
  }

  private List<ContainerDetails.MountPoint> mountPoints(String id, ContainerSpec spec) {
    List<ContainerDetails.MountPoint> result = new ArrayList<>();
    for (ContainerSpec.Mount m : spec.mounts()) {
      if (m.source() == null) {
        String v = anonymousVolumes.getOrDefault(id, Map.of()).get(m.target());
        result.add(new ContainerDetails.MountPoint("volume", v, "/var/lib/docker/volumes/" + v + "/_data", m.target()));
      } else if (m.namedVolume()) {
        result.add(new ContainerDetails.MountPoint("volume", m.source(), "/var/lib/docker/volumes/" + m.source() + "/_data", m.target()));
      } else {
        result.add(new ContainerDetails.MountPoint("bind", null, m.source(), m.target()));
      }
    }
    return result;
  }

  /** Whether a container (running or not) mounts the volume. */
  private boolean inUse(String volume) {
    return containers.keySet().stream().anyMatch(id -> specs.containsKey(id) && mountPoints(id, specs.get(id)).stream().anyMatch(m -> volume.equals(m.name())));
  }

  private boolean matches(ObjectNode v, Map<String, List<String>> filters) {
    String name = v.path("Name").asText();
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      boolean any = switch (f.getKey()) {
        case "name" -> f.getValue().stream().anyMatch(name::contains);
        case "dangling" -> f.getValue().stream().anyMatch(d -> Boolean.parseBoolean(d) != inUse(name));
        case "driver" -> f.getValue().contains(v.path("Driver").asText());
        case "label" -> f.getValue().stream().anyMatch(l -> {
          int eq = l.indexOf('=');
          JsonNode labels = v.path("Labels");
          return eq < 0 ? labels.has(l) : labels.path(l.substring(0, eq)).asText("\0").equals(l.substring(eq + 1));
        });
        case "all" -> true;
        default -> throw new EngineError(400, "invalid filter '" + f.getKey() + "'", null);
      };
      if (!any) {
        return false;
      }
    }
    return true;
  }

  @Override
  public JsonNode volumes(Map<String, List<String>> filters) {
    answer();
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    volumes.values().stream().filter(v -> matches(v, filters)).forEach(list::add);
    return list;
  }

  @Override
  public Optional<JsonNode> inspectVolume(String name) {
    answer();
    return Optional.ofNullable(volumes.get(name));
  }

  @Override
  public JsonNode createVolume(String name, String driver, Map<String, String> options, Map<String, String> labels) {
    answer();
    String chosen = name == null ? String.format("%064x", 0xB000L + nextId++) : name;
    if (!chosen.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
      throw new EngineError(400, "create " + chosen + ": \"" + chosen + "\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path", null);
    }
    return volumes.containsKey(chosen) ? volumes.get(chosen) : newVolume(chosen, labels);
  }

  @Override
  public void removeVolume(String name, boolean force) {
    answer();
    if (!volumes.containsKey(name)) {
      if (force) {
        return;
      }
      throw new EngineError(404, "get " + name + ": no such volume", null);
    }
    if (inUse(name)) {
      String users = containers.keySet().stream().filter(id -> specs.containsKey(id) && mountPoints(id, specs.get(id)).stream().anyMatch(m -> name.equals(m.name()))).toList().toString();
      throw new EngineError(409, "remove " + name + ": volume is in use - " + users, null);
    }
    volumes.remove(name);
    record("volume", "destroy", name);
  }

  private JsonNode pruneVolumes(Map<String, List<String>> filters) {
    boolean all = filters.getOrDefault("all", List.of()).stream().anyMatch(a -> a.equals("true") || a.equals("1")) || apiVersion.equals("1.41");
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    ArrayNode deleted = report.putArray("VolumesDeleted");
    for (ObjectNode v : List.copyOf(volumes.values())) {
      String name = v.path("Name").asText();
      boolean anonymous = name.matches("[0-9a-f]{64}");
      if (inUse(name) || !matches(v, filters) || (!all && !anonymous)) {
        continue;
      }
      volumes.remove(name);
      deleted.add(name);
      record("volume", "destroy", name);
    }
    report.put("SpaceReclaimed", deleted.size() * 1024L);
    return report;
  }

  @Override
  public JsonNode containersJson(boolean all, boolean size, Map<String, List<String>> filters) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (ContainerSummary c : containers(all, filters)) {
      ObjectNode node = list.addObject().put("Id", c.id()).put("Image", c.image()).put("State", c.state());
      if (size) {
        node.put("SizeRw", 12).put("SizeRootFs", 4_261_550);
      }
    }
    return list;
  }

  @Override
  public InputStream exportContainer(String name) {
    answer();
    ContainerSummary c = existing(name);
    return new ByteArrayInputStream(("filesystem of " + c.id()).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Subscription events(EventFilter filter, Consumer<EngineEvent> each) {
    answer();
    List<String> types = filter.filters().getOrDefault("type", List.of());
    events.stream()
        .filter(e -> filter.since() == null || !e.time().isBefore(filter.since()))
        .filter(e -> filter.until() == null || !e.time().isAfter(filter.until()))
        .filter(e -> types.isEmpty() || types.contains(e.type()))
        .forEach(each);
    return new Subscription() {
      @Override
      public boolean awaitEnd(Duration timeout) {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  private void record(String type, String action, String id) {
    events.add(new EngineEvent(type, action, id, Map.of(), Instant.now()));
  }
}
