package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * Finds the Docker engine as the docker CLI does: {@code --host}, else {@code --context}, else
 * {@code DOCKER_HOST}, else {@code DOCKER_CONTEXT}, else the current context of the user's own docker
 * config (read only), else the first of the usual sockets that exists (system, rootless, Docker Desktop,
 * colima, OrbStack, Rancher Desktop, Podman).
 */
public final class EngineLocator {

  private final Map<String, String> env;
  private final Path userHome;
  private final Predicate<Path> isSocket;
  private final String hostFlag;
  private final String contextFlag;

  /** Where the engine is, why that one, and the TLS files to reach it with, if any. */
  public record Endpoint(String host, String reason, Optional<Path> tlsCertDir) {
    /** As {@code doctor} says it: the address and why. */
    @Override
    public String toString() {
      return host + " (" + reason + (tlsCertDir.isPresent() ? ", TLS with the certificates in " + tlsCertDir.get() : "") + ")";
    }
  }

  private record Candidate(Path socket, String owner) {}

  public EngineLocator(Map<String, String> env, Path userHome, Predicate<Path> isSocket) {
    this(env, userHome, isSocket, null, null);
  }

  private EngineLocator(Map<String, String> env, Path userHome, Predicate<Path> isSocket, String hostFlag, String contextFlag) {
    this.env = env;
    this.userHome = userHome;
    this.isSocket = isSocket;
    this.hostFlag = hostFlag;
    this.contextFlag = contextFlag;
  }

  /** A locator over real sockets on this machine, for the given environment variables. */
  public static EngineLocator fromEnvironment(Map<String, String> env, Path userHome) {
    return new EngineLocator(env, userHome, EngineLocator::isSocketFile);
  }

  /** The same, with the {@code --host} and {@code --context} given on the command line (null: not given). */
  public EngineLocator withFlags(String host, String context) {
    return new EngineLocator(env, userHome, isSocket, blankToNull(host), blankToNull(context));
  }

  private static boolean isSocketFile(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).isOther();
    } catch (IOException e) {
      return false;
    }
  }

  private List<Candidate> candidates() {
    List<Candidate> sockets = new ArrayList<>();
    sockets.add(new Candidate(Path.of("/var/run/docker.sock"), "the system's Docker engine"));
    String runtimeDir = blankToNull(env.get("XDG_RUNTIME_DIR"));
    if (runtimeDir != null) {
      sockets.add(new Candidate(Path.of(runtimeDir, "docker.sock"), "rootless Docker"));
    }
    sockets.add(new Candidate(userHome.resolve(".docker/run/docker.sock"), "Docker Desktop"));
    sockets.add(new Candidate(userHome.resolve(".docker/desktop/docker.sock"), "Docker Desktop"));
    sockets.add(new Candidate(userHome.resolve(".colima/default/docker.sock"), "colima"));
    sockets.add(new Candidate(userHome.resolve(".colima/docker.sock"), "colima"));
    sockets.add(new Candidate(userHome.resolve(".config/colima/default/docker.sock"), "colima"));
    sockets.add(new Candidate(userHome.resolve(".orbstack/run/docker.sock"), "OrbStack"));
    sockets.add(new Candidate(userHome.resolve(".rd/docker.sock"), "Rancher Desktop"));
    if (runtimeDir != null) {
      sockets.add(new Candidate(Path.of(runtimeDir, "podman/podman.sock"), "Podman"));
    }
    sockets.add(new Candidate(Path.of("/run/podman/podman.sock"), "Podman"));
    sockets.add(new Candidate(userHome.resolve(".local/share/containers/podman/machine/podman.sock"), "Podman"));
    return sockets;
  }

  /** The sockets looked for, in order, when neither a host nor a context is chosen. */
  public List<Path> candidateSockets() {
    return candidates().stream().map(Candidate::socket).toList();
  }

  /** The engine address to use, or empty when nothing is configured or found. */
  public Optional<String> locate() {
    return endpoint().map(Endpoint::host);
  }

  /**
   * The endpoint to use and why, or empty when nothing is configured or found.
   *
   * @throws LabException when a named context does not exist or cannot be read
   */
  public Optional<Endpoint> endpoint() {
    if (hostFlag != null) {
      return Optional.of(new Endpoint(hostFlag.trim(), "from --host", tlsFromEnvironment()));
    }
    if (contextFlag != null) {
      return context(contextFlag, "--context");
    }
    String host = blankToNull(env.get("DOCKER_HOST"));
    if (host != null) {
      return Optional.of(new Endpoint(host.trim(), "from DOCKER_HOST", tlsFromEnvironment()));
    }
    String named = blankToNull(env.get("DOCKER_CONTEXT"));
    if (named != null) {
      return context(named, "DOCKER_CONTEXT");
    }
    Optional<String> current = currentContext();
    if (current.isPresent()) {
      return context(current.get(), "the current context in " + userConfigDir().resolve("config.json"));
    }
    return sockets();
  }

  private Optional<Endpoint> sockets() {
    return candidates().stream()
        .filter(c -> isSocket.test(c.socket()))
        .findFirst()
        .map(c -> new Endpoint("unix://" + c.socket(), "the socket of " + c.owner(), Optional.empty()));
  }

  /** The user's own docker config directory: DOCKER_CONFIG at start, else ~/.docker. Only ever read. */
  Path userConfigDir() {
    String dir = blankToNull(env.get("DOCKER_CONFIG"));
    return (dir == null ? userHome.resolve(".docker") : Path.of(dir)).toAbsolutePath();
  }

  private Optional<String> currentContext() {
    Path config = userConfigDir().resolve("config.json");
    if (!Files.isRegularFile(config)) {
      return Optional.empty();
    }
    try {
      JsonNode current = Json.MAPPER.readTree(config.toFile()).path("currentContext");
      return Optional.ofNullable(blankToNull(current.asText(null)));
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot read " + config + ": " + e.getMessage(), e);
    }
  }

  /** The endpoint of a docker context, read from the user's context store. "default" is the usual socket. */
  private Optional<Endpoint> context(String name, String why) {
    if (name.equals("default")) {
      return sockets().map(e -> new Endpoint(e.host(), "context 'default' (" + why + "): " + e.reason(), Optional.empty()));
    }
    String id = sha256(name);
    Path meta = userConfigDir().resolve("contexts/meta").resolve(id).resolve("meta.json");
    String reason = "context '" + name + "' (" + why + ")";
    if (!Files.isRegularFile(meta)) {
      throw new LabException(
          ExitCode.ENVIRONMENT,
          "docker context '" + name + "' (" + why + ") does not exist in " + userConfigDir() + ": 'docker context ls' lists them");
    }
    try {
      JsonNode docker = Json.MAPPER.readTree(meta.toFile()).path("Endpoints").path("docker");
      String host = blankToNull(docker.path("Host").asText(null));
      if (host == null) {
        throw new LabException(ExitCode.ENVIRONMENT, "docker context '" + name + "' names no Docker endpoint (" + meta + ")");
      }
      Path tls = userConfigDir().resolve("contexts/tls").resolve(id).resolve("docker");
      boolean hasTls = Files.isRegularFile(tls.resolve("ca.pem")) || Files.isRegularFile(tls.resolve("cert.pem"));
      return Optional.of(new Endpoint(host, reason, hasTls ? Optional.of(tls) : Optional.empty()));
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot read docker context '" + name + "' from " + meta + ": " + e.getMessage(), e);
    }
  }

  /** DOCKER_TLS_VERIFY (set and not empty) with DOCKER_CERT_PATH, else the config directory, as the docker CLI. */
  private Optional<Path> tlsFromEnvironment() {
    if (blankToNull(env.get("DOCKER_TLS_VERIFY")) == null) {
      return Optional.empty();
    }
    String certs = blankToNull(env.get("DOCKER_CERT_PATH"));
    return Optional.of(certs == null ? userConfigDir() : Path.of(certs).toAbsolutePath());
  }

  /** True when the address is a rootless engine's socket (under the user's runtime directory). */
  public boolean isRootless(String host) {
    String runtimeDir = env.get("XDG_RUNTIME_DIR");
    return runtimeDir != null && !runtimeDir.isBlank() && host.startsWith("unix://" + runtimeDir);
  }

  /** The directory name docker gives a context in its store: the SHA-256 of its name, in hex. */
  static String sha256(String name) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Made when a docker config is first read, not when the shell starts (Jackson's first use costs 50 ms). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
