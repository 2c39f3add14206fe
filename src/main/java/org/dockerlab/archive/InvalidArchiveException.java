package org.dockerlab.archive;

/**
 * The file is not a (complete) docker image archive. The message completes a sentence that starts with the
 * file's name: "busybox.tar " + "is not a complete docker archive: it ends too early ...".
 */
public final class InvalidArchiveException extends Exception {
  public InvalidArchiveException(String problem) {
    super(problem);
  }
}
