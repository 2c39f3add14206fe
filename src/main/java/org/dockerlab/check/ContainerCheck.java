package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.ContainerSummary.PublishedPort;

/**
 * {@code type: container}: a container exists, running (or stopped), from an image, publishing ports, with env.
 *
 * <pre>
 * - type: container
 *   name: registry
 *   running: true            # default true; false = must exist and be stopped
 *   image: registry:2        # optional, as written in docker run
 *   ports: ["5000:5000"]     # optional, HOST:CONTAINER[/udp]
 *   env: ["A=B"]             # optional
 * </pre>
 */
public record ContainerCheck(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("running") Boolean running,
    @JsonProperty("image") String image,
    @JsonProperty("ports") List<String> ports,
    @JsonProperty("env") List<String> env) implements Check {

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
      if (entry == null || entry.indexOf('=') < 1) {
        throw new IllegalArgumentException("env: write each as NAME=value, not '" + entry + "'");
      }
    }
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder("a container named " + name + (running ? " is running" : " exists and is stopped"));
    if (image != null) {
      s.append(", from ").append(image);
    }
    if (!ports.isEmpty()) {
      s.append(", publishing ").append(String.join(", ", ports));
    }
    if (!env.isEmpty()) {
      s.append(", with ").append(String.join(", ", env));
    }
    return s.toString();
  }

  /** A learner who forgot --name has a container from the right image under a generated name: say so. */
  private String unnamedTwin(CheckContext ctx) {
    if (image == null) {
      return "";
    }
    return ctx.engine().containers(true).stream()
        .filter(c -> c.image().equals(image))
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
      return running
          ? CheckResult.failed(name + " exists but is " + c.state() + ": start it (docker start " + name + "), or see why it stopped: docker logs " + name, "running", c.state())
          : CheckResult.failed(name + " is still running: stop it: docker stop " + name, "stopped", c.state());
    }
    if (image != null && !ImageNames.normalise(image).equals(ImageNames.normalise(c.image()))) {
      return CheckResult.failed(
          name + " was created from " + c.image() + ", not " + image + ": remove it (docker rm -f " + name + ") and run it again: " + runCommand(),
          image,
          c.image());
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
    List<String> missingEnv = env.stream().filter(e -> !c.env().contains(e)).toList();
    if (!missingEnv.isEmpty()) {
      return CheckResult.failed(
          name + " has no " + String.join(", ", missingEnv) + " in its environment: docker rm -f " + name + ", then " + runCommand(),
          String.join(", ", env),
          "not set");
    }
    return CheckResult.passed(name + " is " + c.state() + " (" + ImageCheck.shortId(c.id()) + ")", Map.of("containerId", c.id()));
  }

  private static String spec(PublishedPort p) {
    return p.hostPort() + ":" + p.containerPort() + "/" + (p.protocol() == null ? "tcp" : p.protocol());
  }

  private String runCommand() {
    StringBuilder s = new StringBuilder("docker run -d --name " + name);
    ports.forEach(p -> s.append(" -p ").append(p));
    env.forEach(e -> s.append(" -e ").append(e));
    return s.append(' ').append(image == null ? "IMAGE" : image).toString();
  }
}
