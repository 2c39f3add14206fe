package org.dockerlab.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the engine's common errors in plain words, with what to do. The engine's own text is always
 * shown too (above the explanation), so the learner also learns to read it.
 */
public final class ErrorCoach {
  private record Rule(Pattern pattern, String explanation) {}

  private static final List<Rule> RULES =
      List.of(
          rule("Bind for [^ ]*:(\\d+) failed: port is already allocated|port is already allocated",
              "Another container already publishes that host port ($1). See which one with 'docker ps', then stop it ('docker rm -f NAME') or publish a different host port (-p OTHER:CONTAINER)."),
          rule(":(\\d+): bind: address already in use",
              "A program on this machine (not a container) already listens on port $1. See which with 'ss -ltnp sport = :$1' (on macOS 'lsof -i :$1'; 'dockerlab doctor' checks the lab's ports 5000, 5001 and 8080); stop it or publish a different host port (-p OTHER:CONTAINER)."),
          rule("address already in use",
              "A program on this machine (not a container) already listens on that port. 'dockerlab doctor' names it for the lab's ports; stop it or publish a different host port (-p OTHER:CONTAINER)."),
          rule("The container name \"/([^\"]+)\" is already in use",
              "A container called '$1' exists already (maybe stopped). Remove it with 'docker rm -f $1', or choose another --name."),
          rule("server gave HTTP response to HTTPS client",
              "The registry speaks plain HTTP but the engine expected HTTPS. Only localhost registries may use plain HTTP by default: use localhost:5000, or add the registry to the engine's insecure-registries."),
          rule("no basic auth credentials",
              "This registry needs a password and you are not logged in to it. Run 'docker login HOST:PORT' first (for the lab registry: docker login localhost:5000)."),
          rule("unauthorized|authentication required|incorrect username or password",
              "The registry refused the credentials. Check the user name and password, then 'docker login' again."),
          rule("manifest unknown|manifest for .* not found",
              "The registry has that repository but not that tag. List the tags with: curl http://HOST:PORT/v2/NAME/tags/list"),
          rule("repository does not exist or may require 'docker login'|pull access denied",
              "The image name was not found in that registry, or it needs a login. Check the name (for the lab registry it starts with localhost:5000/), push it first, or 'docker login'."),
          rule("An image does not exist locally with the tag: (\\S+)",
              "There is no local image called $1. Tag one first: docker tag IMAGE $1"),
          rule("lookup registry-1\\.docker\\.io|registry-1\\.docker\\.io/v2/.*no such host",
              "This machine cannot reach Docker Hub, so the engine could not pull the image. The lab's images are here already ('docker images' lists them): check the name and tag, e.g. registry:2, busybox, myapp."),
          rule("No such image: (\\S+)|reference does not exist",
              "The engine has no image by that name. List the images with 'docker images' (the name and tag must match exactly)."),
          rule("No such container: (\\S+)",
              "There is no container called $1. 'docker ps -a' lists them."),
          rule("is not running",
              "The container is stopped. Start it with 'docker start NAME', or look at why it stopped with 'docker logs NAME'."),
          rule("connection refused|dial tcp .*:5000",
              "Nothing answers at that address. Is the registry container running? 'docker ps' should show it with 0.0.0.0:5000->5000/tcp."),
          rule("does not answer|no Docker engine found",
              "The Docker engine is not running. Start it (scripts/engine-up, Docker Desktop or colima); the shell keeps going and the next command will work once it answers."),
          rule("invalid reference format",
              "Image names are lowercase, and a tag comes after one ':' at the end (localhost:5000/myapp:1.0)."));

  private ErrorCoach() {}

  private static Rule rule(String regex, String explanation) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), explanation);
  }

  /** The plain-words explanation for an error line, when one is known. */
  public static Optional<String> explain(String error) {
    if (error == null) {
      return Optional.empty();
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(error);
      if (m.find()) {
        String text = rule.explanation();
        for (int g = 1; g <= m.groupCount(); g++) {
          String value = m.group(g);
          if (value != null) {
            text = text.replace("$" + g, value);
          }
        }
        return Optional.of(text.replaceAll(" \\(\\$\\d\\)", "").replace("$1", "that"));
      }
    }
    return Optional.empty();
  }
}
