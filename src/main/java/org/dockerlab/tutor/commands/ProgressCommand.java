package org.dockerlab.tutor.commands;

import java.util.concurrent.Callable;
import org.dockerlab.report.ProgressTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code progress}: a bar per lesson, as {@code dockerlab progress} shows it. */
@Command(name = "progress", description = "a bar per lesson, with the hints and solutions used")
final class ProgressCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  ProgressCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    ProgressTable.render(guide.tutor().progress(), guide.tutor().lessons(), spec.commandLine().getOut());
    return 0;
  }
}
