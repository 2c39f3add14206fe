package org.dockerlab.cli;

import java.util.concurrent.Callable;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.report.ProgressTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dockerlab progress}: a line per lesson with a bar of the steps passed, and where the learner is. */
@Command(name = "progress", description = "Show your progress: a bar per lesson, hints and solutions used, and where you are.")
final class ProgressCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand DockerlabCommand root;
  @Mixin LessonSource source;

  @Override
  public Integer call() {
    var lessons = source.lessons();
    var progress = LearnerOption.identify(null, root, LessonSource.store(root.context(), spec.commandLine().getErr()));
    ProgressTable.render(progress, lessons, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
