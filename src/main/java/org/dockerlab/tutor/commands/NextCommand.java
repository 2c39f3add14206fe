package org.dockerlab.tutor.commands;

import picocli.CommandLine.Command;

/** {@code next}: go to the next step of the lesson. */
@Command(name = "next", description = "go to the next step")
final class NextCommand extends LessonGuideCommand {
  @Override
  public Integer call() {
    guide.move(1, out());
    return 0;
  }
}
