package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reset step|lesson|all}: the step again, the lesson from its setup, or the lab as new. */
@Command(name = "reset", description = "start the step again / put the lab back as the lesson starts / remove all the lab made")
final class ResetCommand extends LessonGuideCommand {
  @Parameters(arity = "0..1", paramLabel = "step|lesson|all", completionCandidates = What.class, description = "what to reset (default: step)")
  String what;

  @Override
  public Integer call() {
    PrintWriter out = out();
    String which = what == null ? "step" : what;
    if (which.equals("all")) {
      out.println(look().dim("Removing what the lab created and putting its images back..."));
      tutor().resetAll(line -> out.println(look().dim("  " + line)));
      out.println("The lab is as new (your recorded progress is kept). 'lessons' lists the lessons.");
      return 0;
    }
    guide.requireLesson();
    switch (which) {
      case "step" -> {
        tutor().resetStep();
        out.println("This step starts again: its checks and history are forgotten (hints used stay on record).");
      }
      case "lesson" -> {
        out.println(look().dim("Putting the lab back as the lesson starts..."));
        tutor().resetLesson(line -> out.println(look().dim("  " + line)));
        guide.show(out);
      }
      default -> throw LabException.badInput("reset: say 'reset step', 'reset lesson' or 'reset all'");
    }
    return 0;
  }

  /** What completes after {@code reset}. */
  static final class What extends ArrayList<String> {
    What() {
      super(List.of("step", "lesson", "all"));
    }
  }
}
