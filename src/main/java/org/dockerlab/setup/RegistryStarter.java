package org.dockerlab.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.Htpasswd;
import org.dockerlab.state.Privacy;

/**
 * {@code start-registry}: a fresh registry:2 of the lab's, replacing any lab container that has its name
 * or its port, with an htpasswd file when it has accounts; done when {@code GET /v2/} answers.
 */
final class RegistryStarter {
  private static final Duration REGISTRY_READY = Duration.ofSeconds(10);

  private final SetupContext ctx;

  RegistryStarter(SetupContext ctx) {
    this.ctx = ctx;
  }

  void start(StartRegistry registry) throws IOException {
    for (ContainerSummary c : ctx.engine().containers(true)) {
      if (c.name().equals(registry.name())) {
        ctx.removeOwned(c, "a container named " + c.name() + " exists");
      } else if (c.ports().stream().anyMatch(p -> p.hostPort() == registry.port())) {
        ctx.removeOwned(c, "port " + registry.port() + " is published by the container " + c.name() + ",");
      }
    }
    ctx.ensureImage(SetupContext.REGISTRY_IMAGE);
    Map<String, String> env = Map.of();
    List<ContainerSpec.Mount> mounts = List.of();
    if (registry.htpasswd()) {
      Path dir = writeHtpasswd(registry);
      env = Map.of(
          "REGISTRY_AUTH", "htpasswd",
          "REGISTRY_AUTH_HTPASSWD_REALM", "Registry",
          "REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd");
      mounts = List.of(new ContainerSpec.Mount(dir, "/auth", true));
    }
    String id = ctx.engine().runContainer(new ContainerSpec(
        registry.name(), SetupContext.REGISTRY_IMAGE, List.of(new ContainerSpec.Port(registry.port(), 5000)), env, mounts, SetupContext.labels("registry")));
    // registry:2's VOLUME: a learner's docker rm -f registry leaves it (as the CLI's does); cleanups remove it
    ctx.made().anonymousVolumesOf(id, ctx.engine());
    RegistryProbe.awaitReady(registry.name(), registry.port(), REGISTRY_READY);
    String users = String.join(", ", registry.users().stream().map(StartRegistry.Account::user).toList());
    ctx.report().accept("registry " + registry.name() + ": running on " + registry.address()
        + (registry.htpasswd() ? " with passwords (users: " + users + ")" : ", open (no passwords)"));
  }

  private Path writeHtpasswd(StartRegistry registry) throws IOException {
    Path dir = ctx.dirs().registryDir(registry.name());
    StringBuilder lines = new StringBuilder();
    for (StartRegistry.Account account : registry.users()) {
      lines.append(Htpasswd.line(account.user(), account.password().toCharArray())).append('\n');
    }
    ctx.write(dir.resolve("htpasswd"), lines.toString().getBytes(StandardCharsets.US_ASCII));
    Privacy.restrictToOwner(dir);
    return dir;
  }
}
