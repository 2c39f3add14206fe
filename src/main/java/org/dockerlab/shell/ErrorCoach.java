package org.dockerlab.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;

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
              "The registry has no image by that name: either it has no such repository, or the repository has no such tag (the engine's 'manifest unknown' means either). The registry lists its repositories at http://HOST:PORT/v2/_catalog, a repository's tags at http://HOST:PORT/v2/NAME/tags/list."),
          rule("repository does not exist or may require 'docker login'|pull access denied",
              "The image name was not found in that registry, or it needs a login. Check the name (for the lab registry it starts with localhost:5000/), push it first, or 'docker login'."),
          rule("An image does not exist locally with the tag: (\\S+)",
              "There is no local image called $1. Tag one first: docker tag IMAGE $1"),
          rule("lookup registry-1\\.docker\\.io|registry-1\\.docker\\.io/v2/.*no such host",
              "This machine cannot reach Docker Hub, where a name without a registry host (myapp, busybox) points. To run or pull: the lab's images are here already ('docker images' lists them): check the name and tag, e.g. registry:2, busybox, myapp. To push: tag the image for a registry here first (docker tag myapp localhost:5000/myapp) and push that name."),
          rule("No such image: (\\S+)|reference does not exist",
              "The engine has no image by that name. List the images with 'docker images' (the name and tag must match exactly)."),
          rule("No such container: (\\S+)",
              "There is no container called $1. 'docker ps -a' lists them."),
          rule("is not running",
              "The container is stopped. See why with 'docker logs NAME': when it ends with an error (a panic, '\"realm\" must be set'), its settings are wrong and 'docker start NAME' would crash it again: remove it (docker rm -f NAME) and run it again with the setting fixed; when it shows no error, it was only stopped: docker start NAME."),
          rule("connection refused|dial tcp .*:5000",
              "Nothing answers at that address. Is the registry container running? 'docker ps' should show it with 0.0.0.0:5000->5000/tcp."),
          rule("does not answer|no Docker engine found",
              "The Docker engine is not running. Start it (scripts/engine-up, Docker Desktop or colima); the shell keeps going and the next command will work once it answers."),
          rule("cowardly refusing to save to a terminal",
              "docker save writes the archive to its standard output, here your terminal: send it to a file with docker save busybox > busybox.tar, or docker save -o busybox.tar busybox (a word after the image names another image, not the file)."),
          rule("'docker load' accepts no arguments",
              "docker load reads the archive from -i FILE or from standard input: docker load -i busybox.tar, or docker load < busybox.tar."),
          rule("invalid reference format",
              "Image names are lowercase, and a tag comes after one ':' at the end (localhost:5000/myapp:1.0)."));

  /** "manifest for localhost:5001/student:latest not found": the reference the engine could not find. */
  private static final Pattern MANIFEST_NOT_FOUND = Pattern.compile("manifest for (\\S+) not found", Pattern.CASE_INSENSITIVE);

  /**
   * What the shell knows without asking the network (the coach makes no calls): the user name config.json
   * holds a login of for a registry key ({@code localhost:5001}).
   */
  @FunctionalInterface
  public interface Facts {
    Facts NONE = registry -> Optional.empty();

    Optional<String> loggedInUser(String registryKey);
  }

  private ErrorCoach() {}

  private static Rule rule(String regex, String explanation) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), explanation);
  }

  /** The plain-words explanation for an error line, when one is known. */
  public static Optional<String> explain(String error) {
    return explain(error, Facts.NONE);
  }

  /** The plain-words explanation for an error line, using what the shell knows of the learner's logins. */
  public static Optional<String> explain(String error, Facts facts) {
    if (error == null) {
      return Optional.empty();
    }
    Matcher notFound = MANIFEST_NOT_FOUND.matcher(error);
    if (notFound.find()) {
      Optional<String> named = manifestNotFound(notFound.group(1), facts == null ? Facts.NONE : facts);
      if (named.isPresent()) {
        return named;
      }
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

  /**
   * The registry has no manifest for a reference. Registries answer "manifest unknown" both when the
   * repository does not exist and when it lacks the tag, so the explanation names both; a single path
   * component on a registry with accounts ({@code localhost:5001/student}) is most likely a user name
   * without its repository, and certainly so when it is the user logged in there.
   */
  private static Optional<String> manifestNotFound(String reference, Facts facts) {
    ImageRef ref;
    try {
      ref = ImageRef.parse(reference);
    } catch (LabException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String path = ref.path();
    String what = ref.digest() != null ? "no manifest with digest " + ref.digest() : "no tag '" + ref.tagOrLatest() + "'";
    if (ref.onDockerHub()) {
      return Optional.of("Docker Hub has no image " + reference + ": either there is no repository " + ref.remotePath()
          + ", or it has " + what + ". Check the name and the tag on the image's page on Docker Hub.");
    }
    String host = ref.registry();
    Optional<String> user = facts.loggedInUser(ref.authKey());
    String curl = "curl " + user.map(u -> "-u " + u + " ").orElse("") + "http://" + host + "/v2/";
    String lists = "List the repositories: " + curl + "_catalog; the tags of one: " + curl + "REPOSITORY/tags/list";
    if (!path.contains("/")) {
      String example = host + "/" + path + "/myapp";
      if (user.isPresent() && user.get().equals(path)) {
        return Optional.of("'" + path + "' is your user name on " + host + ", not a repository: names there are " + host
            + "/USER/REPOSITORY, so this one is missing its repository, e.g. docker pull " + example + ". " + lists);
      }
      return Optional.of("The registry " + host + " has no image " + reference + ". If '" + path
          + "' is a user or organisation name, the name is missing its repository: " + example
          + ". Otherwise " + host + " has no repository " + path + ", or it has " + what
          + " (the engine's 'manifest unknown' means either). " + lists);
    }
    return Optional.of("The registry " + host + " has no image " + reference + ": either it has no repository " + path
        + ", or that repository has " + what + " (the engine's 'manifest unknown' means either). List the repositories: "
        + curl + "_catalog; the tags of " + path + ": " + curl + path + "/tags/list");
  }
}
