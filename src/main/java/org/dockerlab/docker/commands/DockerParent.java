package org.dockerlab.docker.commands;

/**
 * The parent of a {@link DockerSubcommand}: {@code docker} itself, or a {@link DockerGroup} under it
 * ({@code docker volume}, {@code docker system}); either way it leads to the {@link DockerCommand} of the line.
 */
interface DockerParent {
  DockerCommand docker();
}
