package org.dockerlab.tutor.commands;

import org.dockerlab.report.ProgressTable;
import picocli.CommandLine.Command;

/** {@code progress}: a bar per lesson, as {@code dockerlab progress} shows it. */
@Command(name = "progress", description = "a bar per lesson, with the hints and solutions used")
final class LessonProgressCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    ProgressTable.render(tutor().progress(), tutor().lessons(), out());
    return 0;
  }
}
