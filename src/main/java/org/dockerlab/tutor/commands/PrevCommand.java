package org.dockerlab.tutor.commands;

import picocli.CommandLine.Command;

/** {@code prev}: go back to the previous step of the lesson. */
@Command(name = "prev", description = "go back to the previous step")
final class PrevCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    guide.move(-1, out());
    return 0;
  }
}
