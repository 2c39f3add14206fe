package org.dockerlab.docker.commands;

import org.dockerlab.docker.config.DockerConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code docker logout}: removes a registry's credentials from the lab's config.json. */
@Command(name = "logout", description = "Log out from a registry (Docker Hub when no server is given).")
final class LogoutCommand extends DockerSubcommand {
  @Mixin RegistryServer server;

  @Override
  public Integer call() {
    String key = server.key();
    DockerConfigFile config = context().config();
    if (config.remove(key)) {
      io().out().println("Removing login credentials for " + key);
    } else {
      io().out().println("Not logged in to " + key);
    }
    io().out().flush();
    return 0;
  }
}
