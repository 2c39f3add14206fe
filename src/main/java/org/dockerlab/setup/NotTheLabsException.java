package org.dockerlab.setup;

import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * A lesson's setup needs a container out of the way that the lab did not create. The setup never removes
 * it on its own; at a terminal the shell asks the learner, in scripted use this refusal is final.
 */
public final class NotTheLabsException extends LabException {
  private final String container;

  public NotTheLabsException(String container, String situation) {
    super(ExitCode.ENVIRONMENT, situation + " that the lab did not create: remove it yourself with docker rm -f "
        + container + ", or stop the lesson");
    this.container = container;
  }

  /** The name of the container in the way. */
  public String container() {
    return container;
  }
}
