package org.dockerlab.docker.commands;

import java.nio.file.Path;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.Prompter;

/**
 * What docker subcommands share across lines: the engine, the DOCKER_CONFIG directory whose config.json
 * holds the credentials that {@code login} writes and {@code push}/{@code pull} use, and the prompter for
 * interactive logins ({@code null} when there is no terminal: scripts and tests).
 */
public record DockerContext(DockerGateway engine, Path dockerConfig, Prompter prompter) {}
