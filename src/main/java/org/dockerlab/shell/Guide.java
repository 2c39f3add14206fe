package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What leads the learner in a shell, beside plain commands: the lessons ({@link GuidedCommands}) or an
 * exam ({@link ExamCommands}). The shell runs its commands, tells it about every other line, and asks it
 * for the prompt's part and whether the shell must stop.
 */
public interface Guide {
  /** Every guide command any guide knows, so that the parser never sends one to the system shell. */
  static Set<String> allNames() {
    Set<String> names = new java.util.TreeSet<>(GuidedCommands.NAMES);
    names.addAll(ExamCommands.NAMES);
    return names;
  }

  /** The commands this guide answers; the others of {@link #allNames()} are refused with a reason. */
  Set<String> names();

  /** Why the other guide's command does not work here, e.g. {@code submit: only in an exam}. */
  String refusal(String name);

  int run(String name, List<String> args, PrintWriter out);

  /** After a line that was not a guide command (already masked of secrets). */
  void afterCommand(String maskedLine, PrintWriter out);

  /** The prompt's part, such as {@code save 1/3} or {@code exam 12:34 left}; empty for none. */
  String promptPart();

  /** Why the shell must stop before running another line (an exam's time is over), or empty to go on. */
  default Optional<String> stopReason() {
    return Optional.empty();
  }

  /** Words the completer offers after {@code start}: the lesson ids. */
  default List<String> ids() {
    return List.of();
  }
}
