package org.dockerlab.cli;

import java.io.PrintWriter;

/** The entry point: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogSetup.quiet();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Commands.commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
