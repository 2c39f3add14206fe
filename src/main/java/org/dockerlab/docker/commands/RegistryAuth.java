package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.RegistryEvent;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.docker.format.LayerProgress;

/**
 * What {@code push}, {@code pull} and {@code login} share: the credentials they send (those in the lab's
 * config.json) and how they show what the registry operation reports.
 */
final class RegistryAuth {
  private RegistryAuth() {}

  /**
   * Runs the action with the stored credentials for the key, or null (anonymous) when config.json has none,
   * and wipes them afterwards. When config.json names a credential helper instead, says that the lab does
   * not use one.
   */
  static void withLogin(DockerCommand docker, String key, Consumer<Credentials> action) {
    DockerConfigFile config = docker.context().config();
    Optional<Credentials> stored = config.auth(key);
    if (stored.isEmpty()) {
      config.credentialHelper(key).ifPresent(helper -> noteHelper(docker, config, helper, key));
    }
    try {
      action.accept(stored.orElse(null));
    } finally {
      stored.ifPresent(Credentials::wipe);
    }
  }

  /** The lab never runs credential helpers; say so when config.json expects one, so nothing seems lost. */
  static void noteHelper(DockerCommand docker, DockerConfigFile config, String helper, String key) {
    docker.io().err().println(
        "Note: " + config.path() + " names the credential helper '" + helper + "' for " + key
            + "; the lab does not use credential helpers: it keeps credentials in config.json itself (docker login "
            + key + " stores them there).");
  }

  /**
   * Shows the per-layer progress on {@code out} as the CLI does, and says once on {@code err} when a
   * registry on this machine is still starting.
   */
  static Consumer<RegistryEvent> progress(DockerIo io, PrintWriter out, boolean terminal) {
    LayerProgress layers = new LayerProgress(out, terminal);
    return event -> {
      if (event instanceof RegistryEvent.Progress p) {
        layers.show(p);
      } else if (event instanceof RegistryEvent.Waiting w) {
        io.err().println("The registry at " + w.registry() + " is not answering yet (just started?); waiting up to "
            + w.patience().toSeconds() + " s for it...");
        io.err().flush();
      }
    };
  }
}
