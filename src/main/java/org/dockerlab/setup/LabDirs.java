package org.dockerlab.setup;

import java.nio.file.Path;

/**
 * Where setup actions work.
 *
 * @param workdir the learner's workspace: write-file, remove-file and save-image paths are inside it
 * @param dockerConfig the DOCKER_CONFIG directory whose config.json logout edits
 * @param state the lab's state directory: registries' htpasswd files live under {@code registries/NAME/}
 */
public record LabDirs(Path workdir, Path dockerConfig, Path state) {
  public LabDirs {
    workdir = workdir.toAbsolutePath().normalize();
    dockerConfig = dockerConfig.toAbsolutePath().normalize();
    state = state.toAbsolutePath().normalize();
  }

  /** A lesson path in the workspace; the records already refused absolute paths and {@code ..}. */
  Path inWorkspace(String relative) {
    return workdir.resolve(relative).normalize();
  }

  Path registryDir(String name) {
    return state.resolve("registries").resolve(name);
  }
}
