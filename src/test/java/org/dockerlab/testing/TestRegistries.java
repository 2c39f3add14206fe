package org.dockerlab.testing;

import org.dockerlab.docker.Htpasswd;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/** registry:2 containers for tests, configured as the lessons run them; the caller starts and names them. */
public final class TestRegistries {
  private TestRegistries() {}

  /** A registry open to all, as the lesson's local registry, ready when /v2/ answers 200. */
  @SuppressWarnings("resource") // the caller closes it
  public static GenericContainer<?> open() {
    return new GenericContainer<>("registry:2").withExposedPorts(5000).waitingFor(Wait.forHttp("/v2/").forStatusCode(200));
  }

  /** A registry with htpasswd authentication for one user, ready when /v2/ answers 401. */
  @SuppressWarnings("resource") // the caller closes it
  public static GenericContainer<?> withPassword(String user, String password) {
    return new GenericContainer<>("registry:2")
        .withExposedPorts(5000)
        .withEnv("REGISTRY_AUTH", "htpasswd")
        .withEnv("REGISTRY_AUTH_HTPASSWD_REALM", "Registry")
        .withEnv("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")
        .withCopyToContainer(Transferable.of(Htpasswd.line(user, password.toCharArray()) + "\n"), "/auth/htpasswd")
        .waitingFor(Wait.forHttp("/v2/").forStatusCode(401));
  }
}
