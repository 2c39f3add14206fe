package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.List;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code solution}: the current step's commands, after asking; recorded as assisted. With {@code --run}
 * the lab also runs them for the learner, as if typed, so that a learner stuck on one step can go on.
 */
@Command(name = "solution", description = "the commands for this step (asks first; recorded as assisted); --run also runs them")
final class SolutionCommand extends LessonGuideCommand {
  @Option(names = {"-y", "--yes"}, description = "show it without asking (needed in scripted use)")
  boolean yes;

  @Option(names = {"-r", "--run"}, description = "run the solution for you, as if typed (the step is recorded as assisted)")
  boolean run;

  @Override
  public Integer call() {
    PrintWriter out = outInLesson();
    if (!yes) {
      String what = run ? "run the solution for you" : "see it";
      if (guide.prompter() == null) {
        throw LabException.badInput("solution: add --yes to " + what + " (a revealed solution is recorded as assisted)");
      }
      if (!guide.confirm((run ? "Run the solution for you?" : "Show the solution?") + " It is recorded as assisted. [y/N] ")) {
        out.println("Not shown. 'hint' gives a smaller push.");
        return 0;
      }
    }
    LessonStep step = tutor().currentStep();
    if (run) {
      tutor().assisted();
      out.println(look().bold("Running the solution:"));
      for (String typed : step.solution()) {
        String line = tutor().expandLine(typed);
        out.println(look().dim("$ " + line));
        out.flush();
        if (guide.run(line) != 0) {
          out.println("The solution stopped at this line; the lab may not be in the state the step expects: 'reset lesson' starts it again.");
          return 1;
        }
      }
      return 0;
    }
    tutor().solutionShown();
    out.println(look().bold("Solution:"));
    for (String line : step.solution()) {
      out.println("    " + tutor().expandLine(line));
    }
    List<List<String>> alternatives = step.workingAlternatives();
    if (!alternatives.isEmpty()) {
      out.println(look().dim("Also right:"));
      alternatives.forEach(alt -> out.println(look().dim("    " + tutor().expandLine(String.join(" ; ", alt)))));
    }
    return 0;
  }
}
