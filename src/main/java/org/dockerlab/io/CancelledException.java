package org.dockerlab.io;

/** The person pressed Ctrl-C; the command stops and says so. */
public final class CancelledException extends RuntimeException {
  public CancelledException() {
    super("cancelled");
  }
}
