package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What leads the learner in a shell beside plain commands: the lessons, or an exam. The shell owns this
 * interface and knows nothing else of lessons; the tutor implements it and {@code cli} wires the two.
 * The shell runs the guide's commands as its own (their help and completion come from their models),
 * refuses the words another guide would answer, and tells the guide about every other line it ran.
 */
public interface Guide {
  /** The guide's commands, as picocli models, each a {@code Callable<Integer>}; built anew at each call. */
  List<CommandLine> commands();

  /**
   * Words that are not commands here but are elsewhere (submit in a lesson, solution in an exam), each
   * with the one line that says why; the shell never hands them to the system shell.
   */
  Map<String, String> refusals();

  /** After a line that was neither a guide command nor a refused word. */
  void afterLine(RanLine line, PrintWriter out);

  /** The prompt's part, such as {@code save 1/3} or {@code exam 12:34 left}; empty for none. */
  String promptPart();

  /** A line for a person opening the shell, such as where they left off; empty for none. */
  default Optional<String> greeting() {
    return Optional.empty();
  }

  /** Called once by the shell that runs this guide's commands, so that a guide can run lines in it. */
  default void bind(LineExecutor shell) {}

  /** Why the shell must stop before running another line (an exam's time is over), or empty to go on. */
  default Optional<String> stopReason() {
    return Optional.empty();
  }

  /**
   * Marks a guide command (its picocli command object) whose arguments are a person's words rather than
   * shell syntax, as {@code answer c)} or {@code answer (b)}: in its arguments the lab shell reads
   * {@code (} and {@code )} as characters and keeps an apostrophe with no closing quote as typed, while
   * {@code ; && || | &} still end the command and {@code < >} still redirect it.
   */
  interface TakesText {}
}
