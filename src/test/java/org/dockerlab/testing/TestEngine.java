package org.dockerlab.testing;

import java.nio.file.Path;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;

/** The engine the integration tests use, through the lab's own gateway. */
public final class TestEngine {
  private TestEngine() {}

  public static DockerGateway connect(Path dockerConfig) {
    return DockerGateway.connect(
        EngineLocator.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home"))), dockerConfig);
  }
}
