package org.dockerlab.cli;

import java.io.PrintWriter;
import java.util.Set;

/** The entry point: the only place that calls {@code System.exit}. */
public final class Main {
  /**
   * Asked alone, these print the version without building the command model: picocli reflects over every
   * command first (a class file too old for class-data sharing), which is most of a 0.3 s start.
   */
  private static final Set<String> VERSION = Set.of("version", "--version", "-V");

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    if (isVersionOnly(args)) {
      LabVersionCommand.print(out);
      System.exit(0);
    }
    LogSetup.quiet();
    if (Terminals.opensTheShell(args)) {
      Terminals.openAhead();
    }
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Commands.forArguments(out, err, args).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  static boolean isVersionOnly(String[] args) {
    return args.length == 1 && VERSION.contains(args[0]);
  }
}
