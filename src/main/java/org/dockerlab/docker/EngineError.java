package org.dockerlab.docker;

import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/** The engine refused a request; the message is the engine's own words. */
public final class EngineError extends LabException {
  private final int httpStatus;

  public EngineError(int httpStatus, String message, Throwable cause) {
    super(ExitCode.FAILED, message, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the engine's answer (404 no such image or container, 409 conflict, 500 ...). */
  public int httpStatus() {
    return httpStatus;
  }
}
