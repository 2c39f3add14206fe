package org.dockerlab.docker.commands;

import com.github.dockerjava.api.model.AuthConfig;
import java.util.Optional;
import org.dockerlab.docker.config.Credentials;
import org.dockerlab.docker.config.DockerConfigFile;

/** The credentials {@code push} and {@code pull} send for a registry: those in the lab's config.json. */
final class RegistryAuth {
  private RegistryAuth() {}

  /**
   * docker-java's AuthConfig for the key, empty (anonymous) when config.json has nothing for it. Always
   * set explicitly, so docker-java never falls back to credentials of its own.
   */
  static AuthConfig forKey(DockerCommand docker, String key) {
    DockerConfigFile config = DockerConfigFile.load(docker.context().dockerConfig());
    AuthConfig auth = new AuthConfig().withRegistryAddress(key);
    Optional<Credentials> stored = config.auth(key);
    if (stored.isPresent()) {
      Credentials c = stored.get();
      auth.withUsername(c.username()).withPassword(new String(c.password()));
      c.wipe();
    } else {
      config.credentialHelper(key).ifPresent(helper -> noteHelper(docker, config, helper, key));
    }
    return auth;
  }

  /** The lab never runs credential helpers; say so when config.json expects one, so nothing seems lost. */
  static void noteHelper(DockerCommand docker, DockerConfigFile config, String helper, String key) {
    docker.io().err().println(
        "Note: " + config.path() + " names the credential helper '" + helper + "' for " + key
            + "; the lab does not use credential helpers: it keeps credentials in config.json itself (docker login "
            + key + " stores them there).");
  }
}
