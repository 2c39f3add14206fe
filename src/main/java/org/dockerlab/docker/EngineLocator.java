package org.dockerlab.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the Docker engine: {@code DOCKER_HOST} when set, else the first of the usual sockets that exists
 * (system, rootless, Docker Desktop, colima).
 */
public final class EngineLocator {
  private final Map<String, String> env;
  private final Path userHome;
  private final Predicate<Path> isSocket;

  public EngineLocator(Map<String, String> env, Path userHome, Predicate<Path> isSocket) {
    this.env = env;
    this.userHome = userHome;
    this.isSocket = isSocket;
  }

  /** A locator over real sockets on this machine, for the given environment variables. */
  public static EngineLocator fromEnvironment(Map<String, String> env, Path userHome) {
    return new EngineLocator(env, userHome, EngineLocator::isSocketFile);
  }

  private static boolean isSocketFile(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).isOther();
    } catch (IOException e) {
      return false;
    }
  }

  /** The sockets looked for, in order, when {@code DOCKER_HOST} is not set. */
  public List<Path> candidateSockets() {
    List<Path> sockets = new ArrayList<>();
    sockets.add(Path.of("/var/run/docker.sock"));
    String runtimeDir = env.get("XDG_RUNTIME_DIR");
    if (runtimeDir != null && !runtimeDir.isBlank()) {
      sockets.add(Path.of(runtimeDir, "docker.sock"));
    }
    sockets.add(userHome.resolve(".docker/run/docker.sock"));
    sockets.add(userHome.resolve(".colima/default/docker.sock"));
    sockets.add(userHome.resolve(".colima/docker.sock"));
    return sockets;
  }

  /** The engine address to use, or empty when nothing is configured or found. */
  public Optional<String> locate() {
    String host = env.get("DOCKER_HOST");
    if (host != null && !host.isBlank()) {
      return Optional.of(host.trim());
    }
    return candidateSockets().stream().filter(isSocket).findFirst().map(p -> "unix://" + p);
  }

  /** True when the address is a rootless engine's socket (under the user's runtime directory). */
  public boolean isRootless(String host) {
    String runtimeDir = env.get("XDG_RUNTIME_DIR");
    return runtimeDir != null && !runtimeDir.isBlank() && host.startsWith("unix://" + runtimeDir);
  }
}
