package org.dockerlab.docker.commands;

import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.docker.config.RegistryAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code docker logout}: removes a registry's credentials from the lab's config.json. */
@Command(name = "logout", description = "Log out from a registry (Docker Hub when no server is given).")
final class LogoutCommand extends DockerSubcommand {
  @Parameters(arity = "0..1", paramLabel = "SERVER", description = "The registry, e.g. localhost:5000")
  String server;

  @Override
  public Integer call() {
    String key = RegistryAddress.authKey(server);
    DockerConfigFile config = DockerConfigFile.load(context().dockerConfig());
    if (config.remove(key)) {
      io().out().println("Removing login credentials for " + key);
    } else {
      io().out().println("Not logged in to " + key);
    }
    io().out().flush();
    return 0;
  }
}
