package org.dockerlab.docker.commands;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.dockerlab.errors.LabException;
import org.dockerlab.errors.Printable;
import org.dockerlab.io.CancelToken;

/**
 * The streams and surroundings of one docker command line in the shell.
 *
 * @param stdin what {@code <} or an upstream pipe feeds (an empty stream when nothing does)
 * @param stdout binary standard output: a file for {@code >}, a gzip stream for {@code | gzip >}, or the terminal
 * @param out text view of {@code stdout}, for tables and messages
 * @param err messages and progress; always the person's terminal (or the test's writer)
 * @param stdoutIsTerminal true when {@code stdout} is the screen (so {@code docker save} must refuse)
 * @param errIsTerminal true when progress can redraw lines in place
 * @param workdir where relative paths (like {@code -o busybox.tar}) are resolved
 * @param cancel Ctrl-C
 */
public record DockerIo(
    InputStream stdin,
    OutputStream stdout,
    PrintWriter out,
    PrintWriter err,
    boolean stdoutIsTerminal,
    boolean errIsTerminal,
    Path workdir,
    CancelToken cancel) {

  /** Resolves a path the person typed against the working directory. */
  public Path resolve(String path) {
    try {
      return workdir.resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw LabException.badInput("invalid path \"" + Printable.line(path) + "\": " + e.getReason());
    }
  }
}
