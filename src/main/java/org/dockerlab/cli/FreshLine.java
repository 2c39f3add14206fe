package org.dockerlab.cli;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Starts the prompt on a line of its own when the output before it did not end with a newline ({@code cat
 * config.json}), and adds nothing else: zsh's PROMPT_SP without its mark. A line of spaces as wide as the
 * window wraps only when the cursor was not at the start of a line; the carriage return then goes back to
 * the start of the (new) line. JLine's own fresh line does the same but writes a "~" first.
 */
final class FreshLine {
  private FreshLine() {}

  static void print(Terminal terminal) {
    terminal.writer().flush();
    terminal.flush();
    int columns = terminal.getWidth();
    if (columns <= 1 || "dumb".equals(terminal.getType())) {
      return; // no idea of the width: nothing is better than a guess
    }
    terminal.writer().print(sequence(columns, terminal.getBooleanCapability(Capability.auto_right_margin)
        && !terminal.getBooleanCapability(Capability.eat_newline_glitch)));
    terminal.writer().flush();
  }

  /**
   * @param wrapsAtOnce the terminal moves to the next line as soon as the last column is written (no
   *     delayed wrap): one space fewer, so that a line that was empty does not wrap
   */
  static String sequence(int columns, boolean wrapsAtOnce) {
    int spaces = wrapsAtOnce ? columns - 1 : columns;
    return " ".repeat(spaces) + "\r" + " " + "\r";
  }
}
