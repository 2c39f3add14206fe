package org.dockerlab.cli;

import java.nio.file.Path;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.state.LabHome;

/** What every command shares in one run: where state lives, and the engine, connected on first use. */
public final class LabContext implements AutoCloseable {
  private final LabHome home;
  private final Path workdir;
  private final Path dockerConfig;
  private final EngineLocator locator;
  private DockerGateway engine;

  LabContext(LabHome home, Path workdir, Path dockerConfig, EngineLocator locator) {
    this.home = home;
    this.workdir = workdir;
    this.dockerConfig = dockerConfig;
    this.locator = locator;
  }

  public LabHome home() {
    return home;
  }

  public Path workdir() {
    return workdir;
  }

  /** The DOCKER_CONFIG directory in use: the lab's own unless the learner chose another. */
  public Path dockerConfig() {
    return dockerConfig;
  }

  public EngineLocator locator() {
    return locator;
  }

  public synchronized DockerGateway engine() {
    if (engine == null) {
      engine = DockerGateway.connect(locator, dockerConfig);
    }
    return engine;
  }

  /** The engine as the interface the rest of the lab uses. */
  public DockerGateway gateway() {
    return engine();
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
