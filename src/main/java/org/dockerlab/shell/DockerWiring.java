package org.dockerlab.shell;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.dockerlab.io.CancelToken;
import org.dockerlab.docker.commands.NamedInput;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * Connects a docker command's standard input and output to what the line says: a file (with native
 * gzip), the terminal, or a process run by the system shell. Cleans up whatever it opened.
 */
final class DockerWiring implements AutoCloseable {
  private final ShellSession session;
  private final CancelToken token;
  private InputStream stdin;
  private Process upstream;
  private Process downstream;
  private OutputStream downstreamPipe;
  private StreamFiles.Target target;

  DockerWiring(ShellSession session, CancelToken token) {
    this.session = session;
    this.token = token;
  }

  InputStream stdin(Source source, UnaryOperator<Path> resolve) {
    if (source instanceof Source.File f) {
      stdin = new NamedInput(StreamFiles.read(f.path(), resolve.apply(f.path()), f.gunzip()), f.path().toString());
    } else if (source instanceof Source.Process p) {
      upstream = start(SystemCommands.builder(session, p.shellCommand()).redirectError(ProcessBuilder.Redirect.INHERIT));
      stdin = upstream.getInputStream();
    } else {
      stdin = new ByteArrayInputStream(new byte[0]);
    }
    token.onCancel(stdin);
    return stdin;
  }

  OutputStream stdout(Sink sink, UnaryOperator<Path> resolve) {
    if (sink instanceof Sink.File f) {
      target = new StreamFiles.Target(f.path(), resolve.apply(f.path()), f.append(), f.gzip(), f.gzipLevel());
      return target.stream();
    }
    if (sink instanceof Sink.Process p) {
      session.out().flush();
      ProcessBuilder pb = SystemCommands.builder(session, p.shellCommand())
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      downstream = start(pb);
      downstreamPipe = downstream.getOutputStream();
      return downstreamPipe;
    }
    return new FilterOutputStream(session.terminalBytes()) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the terminal stays open
      }
    };
  }

  /**
   * Ends the wiring after the command: the written file is kept only when everything succeeded.
   *
   * @return whether the line as a whole succeeded (the downstream process too)
   */
  boolean finish(boolean succeeded) {
    boolean ok = succeeded;
    if (downstream != null) {
      closeQuietly(downstreamPipe);
      ok &= waitFor(downstream) == 0;
    }
    if (target != null) {
      boolean kept = target.finish(ok);
      if (!kept) {
        session.err().println("dockerlab: no file was written: " + session.cwd().relativize(target.path()));
      }
      target = null;
    }
    return ok;
  }

  @Override
  public void close() {
    if (target != null) {
      target.close();
    }
    closeQuietly(stdin);
    if (upstream != null && upstream.isAlive()) {
      SystemCommands.stop(upstream);
    }
    if (downstream != null && downstream.isAlive()) {
      closeQuietly(downstreamPipe);
      SystemCommands.stop(downstream);
    }
  }

  private Process start(ProcessBuilder pb) {
    try {
      return pb.start();
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot run the system shell: " + e.getMessage(), e);
    }
  }

  private int waitFor(Process p) {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      SystemCommands.stop(p);
      Thread.currentThread().interrupt();
      return ExitCode.CANCELLED;
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      // tearing down after the command; the command's own result is what is reported
    }
  }
}
