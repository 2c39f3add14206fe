package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.LocalHosts;

/**
 * {@code type: event}: the engine reports that something happened in this attempt (an image pulled,
 * imported, a container exported), whoever caused it: this shell, or the docker CLI in another terminal.
 * For what the state cannot tell apart: an image pulled from a registry looks like one tagged locally.
 *
 * <pre>
 * - type: event
 *   object: image                          # image or container
 *   action: pull                           # the engine's word: pull, push, import, export, save, load, tag...
 *   name: localhost:5001/student/myapp     # optional: an image's repository (any tag or digest; localhost = 127.0.0.1)
 *                                          #   or a container's name
 *   describe: pull student/myapp from the stand-in Hub
 * </pre>
 */
public record EventCheck(
    @JsonProperty(value = "object", required = true) String object,
    @JsonProperty(value = "action", required = true) String action,
    @JsonProperty("name") String name,
    @JsonProperty(value = "describe", required = true) String describe) implements Check {
  private static final Set<String> OBJECTS = Set.of("image", "container");

  public EventCheck {
    if (object == null || !OBJECTS.contains(object)) {
      throw new IllegalArgumentException("object: image or container, not '" + object + "'");
    }
    if (action == null || !action.matches("[a-z][a-z_-]*")) {
      throw new IllegalArgumentException("action: the engine's action word, like pull or export, not '" + action + "'");
    }
    if (name != null) {
      if (object.equals("container")) {
        ContainerName.require("name", name);
      } else {
        ImageNames.require("name", name);
      }
    }
    Tries.requireDescribe(describe, "what the learner should do");
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    List<EngineEvent> events = ctx.evidence().events(object, action).toList();
    Optional<EngineEvent> match = events.stream().filter(this::about).reduce((a, b) -> b);
    if (match.isPresent()) {
      return CheckResult.passed("the engine reports: " + object + " " + action + " " + label(match.get()), Map.of("event", object + " " + action + " " + label(match.get())));
    }
    if (!events.isEmpty()) {
      String others = String.join(", ", events.stream().map(EventCheck::label).distinct().toList());
      return CheckResult.failed("not quite: " + describe + " (the engine saw " + action + " of " + others + ", not " + name + ")", describe, action + " of " + others);
    }
    return CheckResult.failed("not done yet: " + describe + " (the engine reports no " + object + " " + action + " since the lesson began)", describe, "no " + object + " " + action);
  }

  private boolean about(EngineEvent e) {
    if (name == null) {
      return true;
    }
    if (object.equals("container")) {
      return name.equals(e.attributes().get("name")) || name.equals(e.id());
    }
    String wanted = repository(name);
    return wanted.equals(repository(e.attributes().getOrDefault("name", ""))) || wanted.equals(repository(e.id()));
  }

  /** The repository of a reference, in one spelling: {@code 127.0.0.1:5000/myapp@sha256:...} is {@code localhost:5000/myapp}. */
  static String repository(String reference) {
    if (reference == null || reference.isBlank()) {
      return "";
    }
    try {
      String repository = ImageNames.normalise(ImageRef.parse(reference).repository());
      repository = repository.substring(0, repository.lastIndexOf(':'));
      int slash = repository.indexOf('/');
      if (slash > 0) {
        String host = repository.substring(0, slash);
        int colon = host.lastIndexOf(':');
        String hostName = colon > 0 ? host.substring(0, colon) : host;
        if (LocalHosts.isLocalHost(hostName)) {
          repository = "localhost" + (colon > 0 ? host.substring(colon) : "") + repository.substring(slash);
        }
      }
      return repository;
    } catch (LabException | IllegalArgumentException e) {
      return reference;
    }
  }

  private static String label(EngineEvent e) {
    String n = e.attributes().get("name");
    return n == null || n.isBlank() ? ImageCheck.shortId(e.id()) : n;
  }
}
