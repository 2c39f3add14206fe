package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.io.ByteProgress;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker save}: streams the engine's archive of one or more images to {@code -o FILE} (whole or not
 * at all) or to standard output, in fixed chunks so a 1 GB image needs no more memory than a small one.
 */
@Command(name = "save", description = "Save one or more images to a tar archive (streamed to STDOUT by default).")
final class SaveCommand extends DockerSubcommand {
  private static final int CHUNK = 64 * 1024;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT")
  String output;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Images to save (name, name:tag or ID)")
  List<String> images;

  @Override
  public Integer call() {
    DockerIo io = io();
    if (output == null && io.stdoutIsTerminal()) {
      throw new LabException(ExitCode.FAILED, "cowardly refusing to save to a terminal. Use the -o flag or redirect");
    }
    Path target = output == null ? null : checkedTarget(io.resolve(output));
    try (InputStream archive = engine().saveImages(images);
        ByteProgress progress = new ByteProgress(io.err(), io.errIsTerminal(), "Saving " + String.join(", ", images))) {
      io.cancel().onCancel(archive);
      if (target == null) {
        try {
          copy(archive, io.stdout(), progress, "standard output");
          flush(io.stdout());
        } catch (ClosedPipe e) {
          // `docker save busybox | head -c 10`: the reader took what it wanted; the CLI ends as quietly
          return 0;
        }
      } else {
        saveToFile(archive, target, progress);
      }
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "closing the engine's stream failed: " + e.getMessage(), e);
    }
    return 0;
  }

  private void saveToFile(InputStream archive, Path target, ByteProgress progress) {
    String shown = output;
    try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
      copy(archive, file.stream(), progress, shown);
      file.commit();
    } catch (CancelledException e) {
      progress.close();
      io().err().println("save cancelled: no file was written to " + shown);
      throw e;
    } catch (LabException e) {
      throw new LabException(e.exitCode(), e.getMessage() + "; no file was written", e);
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "writing " + shown + " failed: " + e.getMessage() + "; no file was written", e);
    }
  }

  /** Copies chunk by chunk, checking for Ctrl-C between chunks. */
  private void copy(InputStream in, OutputStream out, ByteProgress progress, String destination) {
    CancelToken cancel = io().cancel();
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    while (true) {
      cancel.check();
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        cancel.check(); // closing the stream on Ctrl-C makes the read fail; that is a cancel, not a break
        throw new LabException(ExitCode.FAILED, "saving " + String.join(", ", images) + " stopped: the engine's stream broke off (" + e.getMessage() + ")", e);
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
      progress.update(total);
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

  /** Checks the -o path; messages name it as typed, as the CLI does. */
  private Path checkedTarget(Path target) {
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
}
