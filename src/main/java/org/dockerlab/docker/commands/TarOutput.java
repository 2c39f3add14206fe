package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.io.ByteProgress;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output FILE} of {@code docker save} and {@code docker export} (a picocli mixin), and where the
 * engine's tar goes: to the file, whole or not at all, or to standard output (never a terminal), in fixed
 * chunks, so a 1 GB image needs no more memory than a small one, with Ctrl-C looked at between chunks.
 */
final class TarOutput {
  private static final int CHUNK = 64 * 1024;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT")
  String output;

  /**
   * Checks where the tar goes before the engine is asked for it: the file ({@code -o}), or {@code null} for
   * standard output, which the CLI refuses when it is a terminal. Messages name the path as typed.
   */
  Path target(DockerIo io) {
    if (output == null) {
      if (io.stdoutIsTerminal()) {
        throw new LabException(ExitCode.FAILED, "cowardly refusing to save to a terminal. Use the -o flag or redirect");
      }
      return null;
    }
    Path target = io.resolve(output);
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      Path typedDir = Path.of(output).getParent();
      String shown = typedDir == null ? String.valueOf(dir) : typedDir.toString();
      throw new LabException(ExitCode.FAILED, "invalid output path: directory \"" + shown + "\" does not exist (mkdir -p " + shown + ")");
    }
    if (Files.isDirectory(target)) {
      throw new LabException(ExitCode.FAILED, "invalid output path: \"" + output + "\" is a directory");
    }
    return target;
  }

  /**
   * Writes the tar to the target from {@link #target}. A reader of standard output that goes away
   * ({@code | head -c 10}) ends it quietly, as the CLI does.
   *
   * @param command the subcommand, for "save cancelled: no file was written to FILE"
   * @param task what streams, for "saving busybox stopped: the engine's stream broke off"
   * @param progress the line redrawn with the bytes so far; {@code null} for none
   */
  void write(DockerIo io, Path target, InputStream tar, ByteProgress progress, String command, String task) {
    io.cancel().onCancel(tar);
    if (target == null) {
      try {
        copy(io.cancel(), tar, io.stdout(), progress, task, "standard output");
        flush(io.stdout());
      } catch (ClosedPipe e) {
        // `docker save busybox | head -c 10`: the reader took what it wanted
      }
      return;
    }
    try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
      copy(io.cancel(), tar, file.stream(), progress, task, output);
      file.commit();
    } catch (CancelledException e) {
      if (progress != null) {
        progress.close();
      }
      io.err().println(command + " cancelled: no file was written to " + output);
      throw e;
    } catch (LabException e) {
      throw new LabException(e.exitCode(), e.getMessage() + "; no file was written", e);
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "writing " + output + " failed: " + e.getMessage() + "; no file was written", e);
    }
  }

  /** Copies chunk by chunk, checking for Ctrl-C between chunks. */
  private static void copy(CancelToken cancel, InputStream in, OutputStream out, ByteProgress progress, String task, String destination) {
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    while (true) {
      cancel.check();
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        cancel.check(); // closing the stream on Ctrl-C makes the read fail; that is a cancel, not a break
        throw new LabException(ExitCode.FAILED, task + " stopped: the engine's stream broke off (" + e.getMessage() + ")", e);
      }
      if (n < 0) {
        cancel.check(); // a stream closed by Ctrl-C may also just end: never keep that as a whole archive
        return;
      }
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        if (ClosedPipe.is(e)) {
          throw new ClosedPipe();
        }
        throw new LabException(ExitCode.FAILED, "writing to " + destination + " failed: " + e.getMessage(), e);
      }
      total += n;
      if (progress != null) {
        progress.update(total);
      }
    }
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      if (ClosedPipe.is(e)) {
        throw new ClosedPipe();
      }
      throw new LabException(ExitCode.FAILED, "writing to standard output failed: " + e.getMessage(), e);
    }
  }
}
