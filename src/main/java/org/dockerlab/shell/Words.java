package org.dockerlab.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks shared by the commands the lab runs itself (docker and lab shell commands). */
final class Words {
  private Words() {}

  /** Refuses words the system shell would compute (command substitution), which the lab cannot. */
  static void rejectProblems(Command c) {
    if (c.problem() != null) {
      throw new Refusal(c.problem(), c.start());
    }
    for (Token w : c.words()) {
      if (w.problem() != null) {
        throw new Refusal(w.problem() + " can't be used in " + c.effectiveName()
            + " commands in the lab shell; run the inner command first and type its result", w.start());
      }
    }
    for (Command.Redirect r : c.redirects()) {
      if (r.target() != null && r.target().problem() != null) {
        throw new Refusal(r.target().problem() + " can't be used as a file name here", r.target().start());
      }
    }
  }

  /** The file of a redirection, refusing a second one of the same direction. */
  static Path single(boolean alreadyGiven, Command.Redirect r, String direction) {
    if (alreadyGiven) {
      throw new Refusal("two " + direction + " redirections on one command; keep one", r.op().start());
    }
    return path(r.target());
  }

  static Path path(Token target) {
    if (target.text().isEmpty()) {
      throw new Refusal("empty file name after a redirection", target.start());
    }
    try {
      return Path.of(target.text());
    } catch (InvalidPathException e) {
      throw new Refusal("'" + target.text() + "' is not a valid file name", target.start());
    }
  }
}
