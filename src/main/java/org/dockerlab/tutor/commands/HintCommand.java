package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code hint}: the current step's next hint, counted as help used. */
@Command(name = "hint", description = "the next hint for this step")
final class HintCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    PrintWriter out = outInLesson();
    int total = tutor().currentStep().hints().size();
    Optional<String> hint = tutor().nextHint();
    if (hint.isEmpty()) {
      out.println("No more hints for this step; 'solution' shows the commands.");
      return 0;
    }
    out.print(look().bold("Hint " + (total - tutor().hintsLeft()) + "/" + total + ": ") + guide.markdown().render(hint.get()));
    return 0;
  }
}
