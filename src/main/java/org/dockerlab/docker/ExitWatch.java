package org.dockerlab.docker;

/** A container's exit, waited for from before it starts (so a quick exit, or an auto-removal, is not missed). */
public interface ExitWatch extends AutoCloseable {
  /** Blocks until the container exited (and, when asked, was removed) and returns its exit code. */
  int exitCode();

  /** Stops waiting. */
  @Override
  void close();
}
