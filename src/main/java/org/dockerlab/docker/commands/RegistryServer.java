package org.dockerlab.docker.commands;

import org.dockerlab.docker.config.RegistryAddress;
import picocli.CommandLine.Parameters;

/** {@code SERVER} of {@code docker login} and {@code docker logout} (a picocli mixin): Docker Hub when none is given. */
final class RegistryServer {
  @Parameters(arity = "0..1", paramLabel = "SERVER", description = "The registry, e.g. localhost:5000")
  String server;

  /** The registry's key in config.json, as the CLI writes it: {@code localhost:5000}, or Docker Hub's one key. */
  String key() {
    return RegistryAddress.authKey(server);
  }
}
