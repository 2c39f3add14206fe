package org.dockerlab.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** The program's one table of exit codes. */
public final class ExitCode {
  public static final int OK = 0;
  /** A check or a grade failed: the learner's work is not done yet. */
  public static final int FAILED = 1;
  /** The input was wrong: a typo, an unknown flag, a missing argument. */
  public static final int BAD_INPUT = 2;
  /** The environment is broken: no engine, a port taken, a file that cannot be written. */
  public static final int ENVIRONMENT = 3;
  /** A bug in dockerlab. */
  public static final int INTERNAL = 4;
  /** Ctrl-C stopped the command: 128 + SIGINT, as in sh (a command's status, never the program's). */
  public static final int CANCELLED = 130;

  private ExitCode() {}

  /** Each code with what it means, in order: the table every command's help shows. */
  public static Map<String, String> table() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(String.valueOf(OK), "ok");
    t.put(String.valueOf(FAILED), "a check or a grade failed");
    t.put(String.valueOf(BAD_INPUT), "bad input (an unknown command, option or argument)");
    t.put(String.valueOf(ENVIRONMENT), "environment problem (no engine, a port taken, a file that cannot be written)");
    t.put(String.valueOf(INTERNAL), "internal error (a bug in dockerlab: run with --debug and report it)");
    return t;
  }
}
