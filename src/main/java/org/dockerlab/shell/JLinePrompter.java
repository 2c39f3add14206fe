package org.dockerlab.shell;

import java.util.Optional;
import org.dockerlab.io.Prompter;
import org.dockerlab.io.RawTerminal;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.dockerlab.io.CancelledException;

/** Asks at the terminal; a secret is read with echo off and never reaches the history. */
public final class JLinePrompter implements Prompter {
  /** JLine hides every character typed when the mask is the NUL character, as the docker CLI does. */
  private static final Character HIDDEN = '\0';

  private final LineReader reader;

  public JLinePrompter(LineReader reader) {
    this.reader = reader;
  }

  @Override
  public Optional<RawTerminal> terminal() {
    return Optional.of(new JLineRawTerminal(reader.getTerminal()));
  }

  @Override
  public String readLine(String prompt) {
    return ask(prompt, null);
  }

  @Override
  public char[] readSecret(String prompt) {
    return ask(prompt, HIDDEN).toCharArray();
  }

  private String ask(String prompt, Character mask) {
    Object previous = reader.getVariable(LineReader.DISABLE_HISTORY);
    reader.setVariable(LineReader.DISABLE_HISTORY, true);
    try {
      return reader.readLine(prompt, mask);
    } catch (UserInterruptException | EndOfFileException e) {
      throw new CancelledException();
    } finally {
      reader.setVariable(LineReader.DISABLE_HISTORY, previous == null ? false : previous);
    }
  }
}
