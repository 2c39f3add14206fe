package org.dockerlab.tutor.commands;

import picocli.CommandLine.Command;

/** {@code show}: the current step again. */
@Command(name = "show", description = "show the current step")
final class ShowCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    guide.show(out());
    return 0;
  }
}
