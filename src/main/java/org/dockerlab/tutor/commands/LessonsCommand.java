package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;
import picocli.CommandLine.Command;

/** {@code lessons}: the lessons, numbered, with how far the learner got in each. */
@Command(name = "lessons", description = "list the lessons, with how far you got in each")
final class LessonsCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    PrintWriter out = out();
    Progress progress = tutor().progress();
    int n = 1;
    for (Lesson l : tutor().lessons()) {
      long done = l.steps().stream().filter(s -> progress.step(l.id(), s.id()).status() == StepProgress.Status.PASSED).count();
      String state = done == l.steps().size() ? look().mark(true) + " done" : done == 0 ? "" : done + "/" + l.steps().size() + " steps";
      String here = tutor().lesson().map(c -> c.id().equals(l.id())).orElse(false) ? " <- you are here" : "";
      out.printf("%2d. %-16s %-46s %s%s%n", n++, l.id(), l.title(), state, here);
    }
    out.println("Start one with: start ID (or its number), e.g. start save. After them, the capstone exam: dockerlab exam");
    return 0;
  }
}
