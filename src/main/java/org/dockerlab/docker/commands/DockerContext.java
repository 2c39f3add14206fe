package org.dockerlab.docker.commands;

import java.nio.file.Path;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Prompter;
import org.dockerlab.io.RawTerminal;

/**
 * What docker subcommands share across lines: the engine, the DOCKER_CONFIG directory whose config.json
 * holds the credentials that {@code login} writes and {@code push}/{@code pull} use, the prompter for
 * interactive logins ({@code null} when there is no terminal: scripts and tests), and the terminal when the
 * line's standard input is the person's terminal ({@code null} otherwise: a file, a pipe, a script), which
 * {@code -it} sessions take over.
 */
public record DockerContext(DockerGateway engine, Path dockerConfig, Prompter prompter, RawTerminal terminal) {
  public DockerContext(DockerGateway engine, Path dockerConfig, Prompter prompter) {
    this(engine, dockerConfig, prompter, null);
  }

  /** The lab's config.json, as it is now (an empty one when there is no file yet). */
  public DockerConfigFile config() {
    return DockerConfigFile.load(dockerConfig);
  }

  /**
   * The user config.json holds a login of for a registry key ({@code localhost:5001}); empty when there is
   * none or config.json cannot be read. Read from the file only: no network, the password is wiped at once.
   */
  public Optional<String> loggedInUser(String registryKey) {
    try {
      return config().auth(registryKey).map(c -> {
        c.wipe();
        return c.username();
      });
    } catch (LabException e) {
      return Optional.empty();
    }
  }
}
