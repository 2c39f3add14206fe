package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.ContainerSummary.PublishedPort;
import org.dockerlab.docker.LogOptions;
import org.dockerlab.docker.OutputSink;
import org.dockerlab.io.CancelToken;

/**
 * {@code type: container}: a container exists, running (or stopped), from an image, publishing ports, with env.
 *
 * <pre>
 * - type: container
 *   name: registry
 *   running: true            # default true; false = must exist and be stopped
 *   image: registry:2        # optional, as written in docker run (any tag or digest form of it when same-as is given)
 *   same-as: myapp:latest    # optional: the container runs that image as it was when the lesson began
 *   ports: ["5000:5000"]     # optional, HOST:CONTAINER[/udp]
 *   env: ["A=B", "C"]        # optional; a NAME alone must be set, to any value
 *   fix: docker run ...      # optional: the command to suggest when the container must be created again
 *   mounts: ["registry-data:/var/lib/registry", "/data"]   # optional: the named volume on that path, or (a path
 *                            #   alone) a named volume or host directory there; an anonymous volume never counts
 *   by-digest: true          # optional: created from IMAGE@sha256:..., pinned to one content (needs image)
 *   created-after-push: localhost:5000/myapp   # optional: created after that image was last pushed in this step
 *                            #   (and after the step began): what it holds it never received itself
 * </pre>
 *
 * An image in a local registry may be named with {@code localhost} or {@code 127.0.0.1}, by tag or by digest
 * ({@code localhost:5000/myapp@sha256:...}): all name the same image. A container that exited is explained
 * by the last lines of its log.
 */
public record ContainerCheck(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("running") Boolean running,
    @JsonProperty("image") String image,
    @JsonProperty("ports") List<String> ports,
    @JsonProperty("env") List<String> env,
    @JsonProperty("same-as") String sameAs,
    @JsonProperty("fix") String fix,
    @JsonProperty("mounts") List<String> mounts,
    @JsonProperty("created-after-push") String createdAfterPush,
    @JsonProperty("by-digest") Boolean byDigest) implements Check {
  private static final int LOG_LINES = 3;
  private static final int LOG_TAIL = 60;
  /** A Go stack trace's frames and headers: they say where, not why. */
  private static final Pattern STACK_FRAME = Pattern.compile("^(\\s|goroutine \\d|[\\w.\\-/]+\\.(go|\\w+)\\(|\\S+\\(\\.\\.\\.\\)|main\\.main\\(|exit status)");
  private static final Pattern ERROR_LINE = Pattern.compile("(?i)^(panic|fatal|error)\\b|level=(fatal|error|panic)");
  /**
   * A line that ends a program because of how it was set up (a Go panic, a fatal log line, "Error: ..."), as
   * opposed to {@code level=error}, which a working registry logs for each failed request.
   */
  private static final Pattern CRASH_LINE = Pattern.compile("(?i)^(panic|fatal|error)\\b|level=(fatal|panic)");
  /** registry:2's '"realm" must be set for htpasswd access controller': the setting is REGISTRY_AUTH_HTPASSWD_REALM. */
  private static final Pattern MISSING_AUTH_SETTING = Pattern.compile("\"(\\w+)\" must be set for (\\w+) access controller");

  public ContainerCheck {
    ContainerName.require("name", name);
    running = running == null || running;
    if (image != null) {
      image = ImageNames.require("image", image);
    }
    ports = ports == null ? List.of() : List.copyOf(ports);
    for (String port : ports) {
      if (port == null || !port.matches("\\d{1,5}:\\d{1,5}(/(tcp|udp|sctp))?")) {
        throw new IllegalArgumentException("ports: write each as HOST:CONTAINER, e.g. \"5000:5000\", not '" + port + "'");
      }
    }
    env = env == null ? List.of() : List.copyOf(env);
    for (String entry : env) {
      if (entry == null || !entry.matches("[A-Za-z_][A-Za-z0-9_]*(=.*)?")) {
        throw new IllegalArgumentException("env: write each as NAME=value, or NAME alone for any value, not '" + entry + "'");
      }
    }
    if (sameAs != null) {
      sameAs = ImageNames.require("same-as", sameAs);
    }
    if (fix != null && fix.isBlank()) {
      throw new IllegalArgumentException("fix: a command that creates the container, or leave it out");
    }
    mounts = mounts == null ? List.of() : List.copyOf(mounts);
    for (String mount : mounts) {
      if (mount == null || !mount.matches("([a-zA-Z0-9][a-zA-Z0-9_.-]*:)?/[^:]*")) {
        throw new IllegalArgumentException("mounts: write each as VOLUME:/path (a named volume) or /path alone (any volume or host directory), not '" + mount + "'");
      }
    }
    if (createdAfterPush != null) {
      createdAfterPush = ImageNames.require("created-after-push", createdAfterPush);
    }
    byDigest = byDigest != null && byDigest;
    if (byDigest && image == null) {
      throw new IllegalArgumentException("by-digest: say which image with image: (e.g. image: localhost:5000/myapp)");
    }
  }

  /** Without by-digest. */
  public ContainerCheck(
      String name, Boolean running, String image, List<String> ports, List<String> env, String sameAs, String fix, List<String> mounts, String createdAfterPush) {
    this(name, running, image, ports, env, sameAs, fix, mounts, createdAfterPush, null);
  }

  /** Without mounts and created-after-push. */
  public ContainerCheck(String name, Boolean running, String image, List<String> ports, List<String> env, String sameAs, String fix) {
    this(name, running, image, ports, env, sameAs, fix, null, null, null);
  }

  /** Without same-as and fix. */
  public ContainerCheck(String name, Boolean running, String image, List<String> ports, List<String> env) {
    this(name, running, image, ports, env, null, null);
  }

  @Override
  public List<String> pins() {
    return sameAs == null ? List.of() : List.of(sameAs);
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder("a container named " + name + (running ? " is running" : " exists and is stopped"));
    if (image != null) {
      s.append(", from ").append(image).append(byDigest ? "@sha256:..." : "");
    }
    if (sameAs != null) {
      s.append(image == null ? ", from " : " = ").append(sameAs);
    }
    if (!ports.isEmpty()) {
      s.append(", publishing ").append(String.join(", ", ports));
    }
    if (!env.isEmpty()) {
      s.append(", with ").append(String.join(", ", env));
    }
    for (String mount : mounts) {
      s.append(", ").append(mount.startsWith("/") ? "with a volume on " + mount : "with the volume " + mount.replace(":", " on "));
    }
    if (createdAfterPush != null) {
      s.append(", started after the last push of ").append(createdAfterPush);
    }
    return s.toString();
  }

  /** A learner who forgot --name has a container from the right image under a generated name: say so. */
  private String unnamedTwin(CheckContext ctx) {
    if (image == null) {
      return "";
    }
    return ctx.engine().containers(true).stream()
        .filter(c -> sameName(c.image()))
        .findFirst()
        .map(c -> " (a container from " + image + " exists as '" + c.name() + "': without --name, Docker made up that name; remove it with docker rm -f " + c.name() + " and run it again with --name " + name + ")")
        .orElse("");
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Optional<ContainerDetails> found = ctx.engine().inspectContainer(name);
    if (found.isEmpty()) {
      return CheckResult.failed("there is no container named " + name + ": start one: " + runCommand() + unnamedTwin(ctx), describe(), "no container " + name);
    }
    ContainerDetails c = found.get();
    if (c.running() != running) {
      if (running) {
        String log = lastLines(ctx, c.id());
        String lastLine = log.lines().reduce((a, b) -> b).orElse("").strip();
        if (log.isEmpty()) {
          return CheckResult.failed(name + " exists but is " + c.state() + ": start it (docker start " + name + "); its log is empty, so it says nothing of why it stopped", "running", c.state()).withHint("not-running");
        }
        if (log.lines().map(String::strip).noneMatch(l -> CRASH_LINE.matcher(l).find())) {
          return CheckResult.failed(name + " exists but is " + c.state() + "; the last lines of its log show no error:\n" + log + "\nstart it again: docker start " + name, "running", c.state() + ": " + lastLine)
              .withHint("not-running");
        }
        // its configuration is broken: docker start would run the same configuration and crash again
        List<String> missing = missingSettings(log);
        String rerun = fix != null ? fix : withSettings(runCommand(), missing);
        String cause = missing.isEmpty()
            ? "its settings are wrong (docker inspect " + name + " shows them), so docker start would only crash it again"
            : "it needs " + String.join(" and ", missing) + ", so docker start would only crash it again";
        return CheckResult.failed(
                name + " is " + c.state() + "; the last lines of its log say why:\n" + log + "\n" + cause
                    + ": remove it and run it again with the setting fixed: docker rm -f " + name + " && " + rerun,
                "running",
                c.state() + ": " + lastLine)
            .withHint("exited");
      }
      return CheckResult.failed(name + " is still running: stop it: docker stop " + name, "stopped", c.state());
    }
    if (image != null && !sameName(c.image())) {
      return CheckResult.failed(
          name + " was created from " + c.image() + ", not " + image + ": remove it (docker rm -f " + name + ") and run it again: " + runCommand(),
          image,
          c.image()).withHint("wrong-image");
    }
    if (byDigest && !ImageNames.byDigest(c.image())) {
      return CheckResult.failed(
          name + " was created from " + c.image() + ", a tag, which may name other content tomorrow: pin it to a digest: docker rm -f " + name
              + ", then run it from " + ImageNames.repositoryOf(image) + "@sha256:... (the digest docker push printed, or docker images --digests shows)",
          image + "@sha256:...",
          c.image()).withHint("not-by-digest");
    }
    if (sameAs != null) {
      Optional<CheckResult> other = otherImage(ctx, c);
      if (other.isPresent()) {
        return other.get();
      }
    }
    List<String> published = c.ports().stream().map(ContainerCheck::spec).distinct().toList();
    List<String> missingPorts = ports.stream().filter(p -> !published.contains(p.contains("/") ? p : p + "/tcp")).toList();
    if (!missingPorts.isEmpty()) {
      String seen = published.isEmpty() ? "no published port" : String.join(", ", published);
      return CheckResult.failed(
          name + " does not publish " + String.join(", ", missingPorts) + " (found: " + seen + "): ports are set when a container is created: docker rm -f " + name + ", then " + runCommand(),
          String.join(", ", ports),
          seen);
    }
    List<String> missingEnv = env.stream().filter(e -> e.contains("=") ? !c.env().contains(e) : c.env().stream().noneMatch(v -> v.startsWith(e + "="))).toList();
    if (!missingEnv.isEmpty()) {
      String seen = missingEnv.stream().map(e -> foundEnv(c.env(), e)).collect(Collectors.joining(", "));
      return CheckResult.failed(
          name + " has no " + String.join(", ", missingEnv) + " in its environment (found: " + seen + "): the environment is set when a container is created: docker rm -f " + name + ", then " + runCommand(),
          String.join(", ", missingEnv),
          seen).withHint("env");
    }
    Optional<CheckResult> mountProblem = ContainerMounts.problem(this, c);
    if (mountProblem.isPresent()) {
      return mountProblem.get();
    }
    if (createdAfterPush != null) {
      Optional<CheckResult> tooOld = ContainerMounts.tooOld(this, c, ctx);
      if (tooOld.isPresent()) {
        return tooOld.get();
      }
    }
    return CheckResult.passed(name + " is " + c.state() + " (" + ImageCheck.shortId(c.id()) + ")", Map.of("containerId", c.id()));
  }

  /** What the container has for the variable an entry sets: {@code REGISTRY_AUTH=none}, or that it is not set. */
  private static String foundEnv(List<String> actual, String wanted) {
    String variable = wanted.contains("=") ? wanted.substring(0, wanted.indexOf('=')) : wanted;
    return actual.stream().filter(e -> e.startsWith(variable + "=")).findFirst().orElse(variable + " not set");
  }

  /**
   * Whether the container's image, as written when it was created, names the check's image: the same
   * repository (localhost and 127.0.0.1 alike) with the same tag, or, when identity decides (same-as), any tag
   * or a digest of it.
   */
  private boolean sameName(String used) {
    if (image == null) {
      return false;
    }
    if (ImageNames.normalise(image).equals(ImageNames.normalise(used))) {
      return true;
    }
    boolean sameRepository = ImageNames.repositoryOf(image).equals(ImageNames.repositoryOf(used));
    return sameRepository && (ImageNames.byDigest(used) || sameAs != null);
  }

  /** The container runs another image than the one pinned (the right name on the wrong content). */
  private Optional<CheckResult> otherImage(CheckContext ctx, ContainerDetails c) {
    Optional<PinnedImage> want = PinnedImage.resolve(ctx, sameAs);
    if (want.isEmpty()) {
      return Optional.of(PinnedImage.unknown(sameAs));
    }
    Optional<org.dockerlab.evidence.Identity> runs = ctx.engine().inspectImage(c.imageId()).map(PinnedImage::identityOf);
    org.dockerlab.evidence.Identity actual = runs.orElseGet(() -> new org.dockerlab.evidence.Identity(c.imageId(), c.imageId(), List.of()));
    if (want.get().identity().sameImageAs(actual)) {
      return Optional.empty();
    }
    return Optional.of(
        CheckResult.failed(
                name + " runs " + c.image() + " = image " + ImageCheck.shortId(c.imageId()) + ", not " + want.get().describe() + ": " + rerunWith(ctx, want.get()),
                want.get().describe(),
                c.image() + " = image " + ImageCheck.shortId(c.imageId()))
            .withHint("wrong-image"));
  }

  /**
   * Runs the container again from the pinned image: when the name it is run by ({@code image}) holds another
   * image locally, running it again would only run that one again, so the name is pointed at the right image first.
   */
  private String rerunWith(CheckContext ctx, PinnedImage want) {
    String run = runCommand();
    String by = fix == null && image == null ? want.reference() : image;
    boolean nameIsRight = by == null
        || ctx.engine().inspectImage(by).map(PinnedImage::identityOf).filter(want.identity()::sameImageAs).isPresent();
    if (nameIsRight) {
      return "docker rm -f " + name + ", then " + run;
    }
    return want.source(ctx)
        .map(source -> "point " + by + " at it and run the container again: docker tag " + source + " " + by + " && docker rm -f " + name + " && " + run)
        .orElse("the engine no longer has that image under any name or ID: load or build it again, docker tag it " + by + ", then docker rm -f " + name + " && " + run);
  }

  /**
   * Why a stopped container stopped, from the end of its log: its error lines (a Go panic, level=fatal) when
   * there are some, else its last lines; stack frames are left out. "" when it printed nothing or cannot be asked.
   */
  private static String lastLines(CheckContext ctx, String id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputSink sink = new OutputSink() {
      @Override
      public void stdout(byte[] bytes) {
        out.writeBytes(bytes);
      }

      @Override
      public void stderr(byte[] bytes) {
        out.writeBytes(bytes);
      }
    };
    try {
      ctx.engine().logs(id, new LogOptions(false, LOG_TAIL, false), sink, CancelToken.none());
    } catch (RuntimeException e) {
      return "";
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank() && !STACK_FRAME.matcher(l).find())
        .map(String::strip)
        .toList();
    List<String> errors = lines.stream().filter(l -> ERROR_LINE.matcher(l).find()).toList();
    List<String> chosen = errors.isEmpty() ? lines : errors;
    return chosen.subList(Math.max(0, chosen.size() - LOG_LINES), chosen.size()).stream()
        .map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l)
        .map(l -> "  " + l)
        .collect(Collectors.joining("\n"));
  }

  /** The settings a crashed container's log names as missing: {@code REGISTRY_AUTH_HTPASSWD_REALM} for registry:2's realm. */
  private static List<String> missingSettings(String log) {
    Matcher m = MISSING_AUTH_SETTING.matcher(log);
    List<String> settings = new ArrayList<>();
    while (m.find()) {
      String setting = "REGISTRY_AUTH_" + m.group(2).toUpperCase(Locale.ROOT) + "_" + m.group(1).toUpperCase(Locale.ROOT);
      if (!settings.contains(setting)) {
        settings.add(setting);
      }
    }
    return settings;
  }

  /** The run command with {@code -e SETTING=VALUE} for each missing setting it does not set yet, before the image. */
  private static String withSettings(String command, List<String> settings) {
    String result = command;
    for (String setting : settings) {
      if (result.contains(setting + "=")) {
        continue;
      }
      int image = result.lastIndexOf(' ');
      result = image < 0 ? result : result.substring(0, image) + " -e " + setting + "=VALUE" + result.substring(image);
    }
    return result;
  }

  private static String spec(PublishedPort p) {
    return p.hostPort() + ":" + p.containerPort() + "/" + (p.protocol() == null ? "tcp" : p.protocol());
  }

  String runCommand() {
    if (fix != null) {
      return fix;
    }
    StringBuilder s = new StringBuilder("docker run -d --name " + name);
    ports.forEach(p -> s.append(" -p ").append(p));
    env.forEach(e -> s.append(" -e ").append(e.contains("=") ? e : e + "=VALUE"));
    mounts.forEach(m -> s.append(" -v ").append(m.startsWith("/") ? "VOLUME:" + m : m));
    return s.append(' ').append(image != null ? image : sameAs != null ? sameAs : "IMAGE").toString();
  }
}
