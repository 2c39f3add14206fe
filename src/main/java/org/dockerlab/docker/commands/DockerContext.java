package org.dockerlab.docker.commands;

import java.nio.file.Path;
import org.dockerlab.docker.DockerJavaGateway;

/**
 * What docker subcommands share across lines: the engine, and the DOCKER_CONFIG directory whose
 * config.json holds the credentials that {@code login} writes and {@code push}/{@code pull} use.
 */
public record DockerContext(DockerJavaGateway engine, Path dockerConfig) {}
