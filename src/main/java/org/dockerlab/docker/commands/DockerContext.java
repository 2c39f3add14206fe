package org.dockerlab.docker.commands;

import java.nio.file.Path;
import org.dockerlab.docker.DockerGateway;
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
}
