package org.dockerlab.errors;

/**
 * A problem a person has to act on, with a one-line message that says what to do. Shown without a stack
 * trace unless {@code --debug} is given.
 */
public class LabException extends RuntimeException {
  private final int exitCode;

  public LabException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public LabException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static LabException environment(String message, Throwable cause) {
    return new LabException(ExitCode.ENVIRONMENT, message, cause);
  }

  public static LabException badInput(String message) {
    return new LabException(ExitCode.BAD_INPUT, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
