package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dockerlab.tutor.LessonTutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hint}: the current step's next hint, counted as help used. */
@Command(name = "hint", description = "the next hint for this step")
final class HintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  HintCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.requireLesson();
    PrintWriter out = spec.commandLine().getOut();
    LessonTutor tutor = guide.tutor();
    int total = tutor.currentStep().hints().size();
    Optional<String> hint = tutor.nextHint();
    if (hint.isEmpty()) {
      out.println("No more hints for this step; 'solution' shows the commands.");
      return 0;
    }
    out.print(guide.look().bold("Hint " + (total - tutor.hintsLeft()) + "/" + total + ": ") + guide.markdown().render(hint.get()));
    return 0;
  }
}
