package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine chosen as the docker CLI chooses it: flags, variables, contexts, then sockets. */
class EngineContextsTest {
  @TempDir Path home;

  private EngineLocator locator(Map<String, String> env, String... sockets) {
    return new EngineLocator(env, home, p -> Set.of(sockets).contains(p.toString()));
  }

  /** A context as {@code docker context create NAME --docker host=HOST} writes it. */
  private void context(Path configDir, String name, String host) throws IOException {
    Path meta = configDir.resolve("contexts/meta").resolve(EngineLocator.sha256(name));
    Files.createDirectories(meta);
    Files.writeString(meta.resolve("meta.json"),
        "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
  }

  private void currentContext(Path configDir, String name) throws IOException {
    Files.createDirectories(configDir);
    Files.writeString(configDir.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
  }

  @Test
  void contextDirectory_isTheSha256OfTheName_asDockerNamesIt() {
    // docker context create colima ... writes contexts/meta/<this>/meta.json
    assertThat(EngineLocator.sha256("default")).isEqualTo("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f");
  }

  @Test
  void dockerContext_variable_choosesThatContextsHost_andSaysWhy() throws IOException {
    context(home.resolve(".docker"), "colima", "unix:///some.sock");
    EngineLocator.Endpoint e = locator(Map.of("DOCKER_CONTEXT", "colima"), "/var/run/docker.sock").endpoint().orElseThrow();
    assertThat(e.host()).isEqualTo("unix:///some.sock");
    assertThat(e.toString()).contains("context 'colima'").contains("DOCKER_CONTEXT");
    assertThat(e.tlsCertDir()).isEmpty();
  }

  @Test
  void currentContext_ofTheUsersConfig_isUsed_whenNothingElseIsSet() throws IOException {
    context(home.resolve(".docker"), "orbstack", "unix:///orb.sock");
    currentContext(home.resolve(".docker"), "orbstack");
    EngineLocator.Endpoint e = locator(Map.of(), "/var/run/docker.sock").endpoint().orElseThrow();
    assertThat(e.host()).isEqualTo("unix:///orb.sock");
    assertThat(e.reason()).contains("current context").contains("config.json");
  }

  @Test
  void userDockerConfigVariable_isWhereContextsAreRead() throws IOException {
    Path config = home.resolve("elsewhere");
    context(config, "remote", "tcp://10.0.0.5:2375");
    currentContext(config, "remote");
    assertThat(locator(Map.of("DOCKER_CONFIG", config.toString())).locate()).contains("tcp://10.0.0.5:2375");
  }

  @Test
  void precedence_hostFlag_contextFlag_dockerHost_dockerContext() throws IOException {
    context(home.resolve(".docker"), "a", "unix:///a.sock");
    context(home.resolve(".docker"), "b", "unix:///b.sock");
    currentContext(home.resolve(".docker"), "a");
    Map<String, String> env = Map.of("DOCKER_HOST", "unix:///env.sock", "DOCKER_CONTEXT", "a");
    assertThat(locator(env).withFlags("unix:///flag.sock", null).locate()).contains("unix:///flag.sock");
    assertThat(locator(env).withFlags(null, "b").locate()).contains("unix:///b.sock");
    assertThat(locator(env).locate()).contains("unix:///env.sock");
    assertThat(locator(Map.of("DOCKER_CONTEXT", "b")).locate()).contains("unix:///b.sock");
  }

  @Test
  void defaultContext_meansTheUsualSockets() throws IOException {
    currentContext(home.resolve(".docker"), "default");
    EngineLocator.Endpoint e = locator(Map.of(), home + "/.orbstack/run/docker.sock").endpoint().orElseThrow();
    assertThat(e.host()).isEqualTo("unix://" + home + "/.orbstack/run/docker.sock");
    assertThat(e.reason()).contains("OrbStack");
  }

  @Test
  void missingContext_isAnEnvironmentError_thatNamesIt() {
    assertThatThrownBy(() -> locator(Map.of("DOCKER_CONTEXT", "nope")).endpoint())
        .isInstanceOf(LabException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("docker context ls")
        .satisfies(t -> assertThat(((LabException) t).exitCode()).isEqualTo(ExitCode.ENVIRONMENT));
  }

  @Test
  void tlsContext_carriesItsCertificateDirectory() throws IOException {
    context(home.resolve(".docker"), "secure", "tcp://engine.example:2376");
    Path tls = home.resolve(".docker/contexts/tls").resolve(EngineLocator.sha256("secure")).resolve("docker");
    Files.createDirectories(tls);
    for (String f : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
      Files.writeString(tls.resolve(f), "-----BEGIN X-----\n");
    }
    assertThat(locator(Map.of("DOCKER_CONTEXT", "secure")).endpoint().orElseThrow().tlsCertDir()).contains(tls);
  }

  @Test
  void dockerTlsVerify_usesDockerCertPath_elseTheConfigDirectory() {
    Map<String, String> env = new HashMap<>(Map.of("DOCKER_HOST", "tcp://engine.example:2376", "DOCKER_TLS_VERIFY", "1"));
    assertThat(locator(env).endpoint().orElseThrow().tlsCertDir()).contains(home.resolve(".docker"));
    env.put("DOCKER_CERT_PATH", "/certs");
    assertThat(locator(env).endpoint().orElseThrow().tlsCertDir()).contains(Path.of("/certs"));
    env.put("DOCKER_TLS_VERIFY", "");
    assertThat(locator(env).endpoint().orElseThrow().tlsCertDir()).isEqualTo(Optional.empty());
  }

  @Test
  void sockets_ofTheUsualEngines_inOrder() {
    Map<String, String> env = Map.of("XDG_RUNTIME_DIR", "/run/user/1000");
    assertThat(locator(env, home + "/.rd/docker.sock", "/run/user/1000/podman/podman.sock").endpoint().orElseThrow().reason()).contains("Rancher Desktop");
    assertThat(locator(env, "/run/user/1000/podman/podman.sock").endpoint().orElseThrow().reason()).contains("Podman");
    assertThat(locator(env, "/run/user/1000/docker.sock").endpoint().orElseThrow().reason()).contains("rootless Docker");
  }

  @Test
  void connect_toATlsEndpointWithoutCertificates_isOneLineEnvironmentError() {
    EngineLocator l = locator(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1", "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", home.resolve("none").toString()));
    assertThatThrownBy(() -> DockerJavaGateway.connect(l, home))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("tcp://127.0.0.1:1");
  }
}
