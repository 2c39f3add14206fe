package org.dockerlab.docker.commands;

import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/** A failure the docker CLI reports in exactly these words, with no "Error:" before them ("the input device is not a TTY"). */
final class CliWords extends LabException {
  CliWords(String message) {
    super(ExitCode.FAILED, message);
  }
}
