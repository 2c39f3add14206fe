package org.dockerlab.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the lab keeps its state: {@code DOCKERLAB_HOME}, else {@code $XDG_STATE_HOME/dockerlab}, else
 * {@code ~/.local/state/dockerlab}.
 */
public record LabHome(Path root) {

  public LabHome {
    root = root.toAbsolutePath().normalize();
  }

  /** Resolves the state directory from the environment, the way every command does. */
  public static LabHome resolve(Map<String, String> env, Path userHome) {
    String explicit = env.get("DOCKERLAB_HOME");
    if (explicit != null && !explicit.isBlank()) {
      return new LabHome(Path.of(explicit));
    }
    String xdg = env.get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return new LabHome(Path.of(xdg, "dockerlab"));
    }
    return new LabHome(userHome.resolve(".local/state/dockerlab"));
  }

  /** The learner's working directory unless {@code --workdir} names another. */
  public Path workspace() {
    return root.resolve("workspace");
  }

  /** The lab's own DOCKER_CONFIG, so the learner's {@code ~/.docker/config.json} is never touched. */
  public Path dockerConfig() {
    return root.resolve("docker-config");
  }

  /**
   * The HOME the system shell sees, whose {@code .docker} is the lab's docker config, so that
   * {@code cat ~/.docker/config.json} shows the lab's file.
   */
  public Path shellHome() {
    return root.resolve("home");
  }

  public Path progressFile() {
    return root.resolve("progress.json");
  }

  public Path historyFile() {
    return root.resolve("history");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  /** Creates the directories, private to the user where the file system allows. */
  public LabHome create() {
    try {
      for (Path dir : new Path[] {root, workspace(), dockerConfig(), logs()}) {
        Files.createDirectories(dir);
      }
      Privacy.restrictToOwner(root);
      Privacy.restrictToOwner(dockerConfig());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lab's state directory " + root, e);
    }
  }
}
