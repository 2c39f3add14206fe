package org.dockerlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.Htpasswd;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.state.Privacy;

/**
 * {@code start-registry}: a fresh registry:2 of the lab's, replacing any lab container that has its name
 * or its port, with an htpasswd file when it has accounts; done when {@code GET /v2/} answers.
 */
final class RegistryStarter {
  private final SetupRunner runner;

  RegistryStarter(SetupRunner runner) {
    this.runner = runner;
  }

  void start(SetupAction.StartRegistry registry) throws IOException {
    for (ContainerSummary c : runner.containers()) {
      if (c.name().equals(registry.name())) {
        runner.removeOwned(c, "a container named " + c.name() + " exists");
      } else if (c.ports().stream().anyMatch(p -> p.hostPort() == registry.port())) {
        runner.removeOwned(c, "port " + registry.port() + " is published by the container " + c.name() + ",");
      }
    }
    runner.ensureImage(SetupRunner.REGISTRY_IMAGE);
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
    runner.engine().runContainer(new ContainerSpec(
        registry.name(), SetupRunner.REGISTRY_IMAGE, List.of(new ContainerSpec.Port(registry.port(), 5000)), env, mounts, SetupRunner.labels("registry")));
    RegistryProbe.awaitReady(registry.name(), registry.port(), SetupRunner.REGISTRY_READY);
    String users = String.join(", ", registry.users().stream().map(SetupAction.Account::user).toList());
    runner.report().accept("registry " + registry.name() + ": running on " + registry.address()
        + (registry.htpasswd() ? " with passwords (users: " + users + ")" : ", open (no passwords)"));
  }

  private Path writeHtpasswd(SetupAction.StartRegistry registry) throws IOException {
    Path dir = runner.dirs().registryDir(registry.name());
    StringBuilder lines = new StringBuilder();
    for (SetupAction.Account account : registry.users()) {
      lines.append(Htpasswd.line(account.user(), account.password().toCharArray())).append('\n');
    }
    runner.write(dir.resolve("htpasswd"), lines.toString().getBytes(StandardCharsets.US_ASCII), AtomicFile.Access.SHARED);
    Privacy.restrictToOwner(dir);
    return dir;
  }
}
