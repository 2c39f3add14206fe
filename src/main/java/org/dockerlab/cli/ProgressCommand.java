package org.dockerlab.cli;

import org.dockerlab.errors.ExitCode;
import org.dockerlab.report.ProgressTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dockerlab progress}: a line per lesson with a bar of the steps passed, and where the learner is. */
@Command(name = "progress", description = "Show your progress: a bar per lesson, hints and solutions used, and where you are.")
final class ProgressCommand extends LabSubcommand {
  @Mixin LessonSource source;

  @Override
  public Integer call() {
    var lessons = source.lessons();
    var progress = LearnerOption.identify(null, root, LessonSource.store(lab(), err()));
    ProgressTable.render(progress, lessons, out());
    return ExitCode.OK;
  }
}
