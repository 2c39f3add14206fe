package org.dockerlab.testing;

import java.nio.file.Path;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.docker.EngineLocator;

/** The engine the integration tests use, through the lab's own gateway. */
public final class TestEngine {
  private TestEngine() {}

  public static DockerJavaGateway connect(Path dockerConfig) {
    return DockerJavaGateway.connect(
        EngineLocator.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home"))), dockerConfig);
  }
}
