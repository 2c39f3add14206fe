package org.dockerlab.docker;

import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/** No engine answers at the address we use. */
public final class EngineUnavailableException extends LabException {
  public EngineUnavailableException(String message, Throwable cause) {
    super(ExitCode.ENVIRONMENT, message, cause);
  }

  public static EngineUnavailableException notFound() {
    return new EngineUnavailableException(
        "no Docker engine found: start Docker (or run scripts/engine-up), or set DOCKER_HOST", null);
  }

  public static EngineUnavailableException unreachable(String host, Throwable cause) {
    return new EngineUnavailableException(
        "the Docker engine at "
            + host
            + " does not answer: start Docker (or run scripts/engine-up) and try again",
        cause);
  }
}
