package org.dockerlab.shell;

import java.io.File;
import java.io.IOException;
import java.util.Map;

/** Runs a line in the system shell ({@code /bin/sh -c}), in the shell's directory and environment. */
public final class SystemCommands {
  private static final File DEV_NULL = new File("/dev/null");

  private SystemCommands() {}

  /**
   * A process builder for the text, with HOME pointing at the lab's shell home and DOCKER_CONFIG at the
   * config the shell uses. Standard input is the terminal when a person types, else nothing.
   */
  public static ProcessBuilder builder(ShellSession session, String text) {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", text).directory(session.cwd().toFile());
    Map<String, String> env = pb.environment();
    env.put("HOME", session.shellHome().toString());
    env.put("DOCKER_CONFIG", session.dockerConfig().toString());
    env.put("PWD", session.cwd().toString());
    pb.redirectInput(session.interactive() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.from(DEV_NULL));
    return pb;
  }

  /**
   * Runs the text with its output on the terminal; returns its exit status. A person's terminal is
   * handed to the program as it is (colours, pagers); in scripted use the output is copied into the
   * shell's own streams, so that it stays in order with the shell's lines.
   */
  public static int run(ShellSession session, String text) throws IOException, InterruptedException {
    return run(session, text, 0);
  }

  /**
   * As {@link #run(ShellSession, String)}, with {@code $?} in the text being {@code previousStatus}, the
   * status of what the lab shell ran before (as in any shell, {@code docker pull x; echo $?}).
   */
  public static int run(ShellSession session, String text, int previousStatus) throws IOException, InterruptedException {
    session.out().flush();
    session.err().flush();
    ProcessBuilder pb = builder(session, previousStatus == 0 ? text : "(exit " + previousStatus + ")\n" + text);
    if (session.interactive()) {
      pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
    } else {
      pb.redirectErrorStream(true);
    }
    Process p = pb.start();
    try {
      if (!session.interactive()) {
        p.getInputStream().transferTo(session.terminalBytes());
        session.terminalBytes().flush();
      }
      return p.waitFor();
    } catch (InterruptedException e) {
      stop(p);
      throw e;
    }
  }

  /** Stops a process and its children (Ctrl-C while it runs). */
  public static void stop(Process p) {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
  }
}
