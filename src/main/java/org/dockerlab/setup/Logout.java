package org.dockerlab.setup;

import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.docker.config.RegistryAddress;

/** {@code logout}: no credentials for the server in the lab's config.json. */
public record Logout(String server) implements SetupAction {
  public Logout {
    Fields.text("server", server);
  }

  @Override
  public void apply(SetupContext ctx) {
    String key = RegistryAddress.authKey(server);
    boolean removed = DockerConfigFile.load(ctx.dirs().dockerConfig()).remove(key);
    ctx.report().accept(removed ? "logged out of " + key : "not logged in to " + key + ", nothing to remove");
  }
}
