package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.List;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solution}: the current step's commands, after asking; recorded as assisted. */
@Command(name = "solution", description = "the commands for this step (asks first; recorded as assisted)")
final class SolutionCommand extends GuideCommand<LessonCommands> {
  @Option(names = {"-y", "--yes"}, description = "show it without asking (needed in scripted use)")
  boolean yes;

  SolutionCommand(LessonCommands guide) {
    super(guide);
  }

  @Override
  public Integer call() {
    guide.requireLesson();
    PrintWriter out = out();
    Look look = guide.look();
    if (!yes) {
      if (guide.prompter() == null) {
        throw LabException.badInput("solution: add --yes to see it (a revealed solution is recorded as assisted)");
      }
      if (!guide.confirm("Show the solution? It is recorded as assisted. [y/N] ")) {
        out.println("Not shown. 'hint' gives a smaller push.");
        return 0;
      }
    }
    guide.tutor().solutionShown();
    LessonStep step = guide.tutor().currentStep();
    out.println(look.bold("Solution:"));
    for (String line : step.solution()) {
      out.println("    " + line);
    }
    List<List<String>> alternatives = step.alternatives();
    if (!alternatives.isEmpty()) {
      out.println(look.dim("Also right:"));
      alternatives.forEach(alt -> out.println(look.dim("    " + String.join(" ; ", alt))));
    }
    return 0;
  }
}
