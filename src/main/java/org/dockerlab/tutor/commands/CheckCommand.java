package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import org.dockerlab.check.CheckResult;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.tutor.Evaluation;
import picocli.CommandLine.Command;

/** {@code check}: the current step's checks now, each with what it found; exit 1 while one fails. */
@Command(name = "check", description = "check the current step now (it is also checked after every command)")
final class CheckCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    PrintWriter out = outInLesson();
    Evaluation e = tutor().evaluate();
    for (int i = 0; i < e.checks().size(); i++) {
      CheckResult r = e.results().get(i);
      out.println(look().mark(r.passed()) + " " + e.checks().get(i).describe());
      if (!r.passed()) {
        out.println("    " + r.message());
        if (r.expected() != null || r.found() != null) {
          out.println(look().dim("    expected: " + r.expected() + "; found: " + r.found()));
        }
      }
    }
    if (e.allPassed()) {
      guide.announce(out);
      return ExitCode.OK;
    }
    out.println("Not yet. " + (tutor().hintsLeft() > 0 ? "'hint' gives a hint." : "'solution' shows the commands."));
    return ExitCode.FAILED;
  }
}
