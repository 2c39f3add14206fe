package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.Optional;

/** Plans a lab shell command with its file redirections. */
final class BuiltinPlanner {
  private BuiltinPlanner() {}

  static Pipeline.Builtin plan(Command c) {
    Words.rejectProblems(c);
    Optional<Path> in = Optional.empty();
    Optional<Path> out = Optional.empty();
    boolean append = false;
    for (Command.Redirect r : c.redirects()) {
      switch (r.op().op()) {
        case IN -> in = Optional.of(Words.single(in.isPresent(), r, "input"));
        case OUT, APPEND -> {
          out = Optional.of(Words.single(out.isPresent(), r, "output"));
          append = r.op().is(Op.APPEND);
        }
        default -> throw new Refusal(r.op().text() + " is not supported on lab shell commands;"
            + " use > FILE, >> FILE or < FILE", r.op().start());
      }
    }
    int i = c.nameIndex();
    if (i > 0) {
      throw new Refusal("variable assignments before " + c.name() + " are not supported", c.start());
    }
    return new Pipeline.Builtin(c.name(), c.texts(i + 1), new Redirects(in, out, append));
  }
}
