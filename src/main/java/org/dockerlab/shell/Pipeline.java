package org.dockerlab.shell;

import java.util.List;

/** One pipeline of a line, classified by who runs it. */
public sealed interface Pipeline {

  /** A lab shell command (cd, history, htpasswd, ...), run by the shell itself. */
  record Builtin(String name, List<String> args, Redirects redirects) implements Pipeline {
    public Builtin {
      args = List.copyOf(args);
    }
  }

  /**
   * A docker command run natively, its streams wired to files, native gzip or system-shell processes.
   *
   * @param args the words after {@code docker}
   * @param sudo the learner typed {@code sudo docker}: the shell can say no sudo is needed here
   * @param stderrToStdout {@code 2>&1} was given: docker's error output goes where its output goes
   */
  record Docker(List<String> args, Source stdin, Sink stdout, boolean sudo, boolean stderrToStdout)
      implements Pipeline {
    public Docker {
      args = List.copyOf(args);
    }
  }

  /** Text with neither docker nor a lab command, given verbatim to {@code /bin/sh -c}. */
  record System(String text) implements Pipeline {}
}
