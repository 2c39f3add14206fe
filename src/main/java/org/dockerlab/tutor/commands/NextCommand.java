package org.dockerlab.tutor.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code next}: go to the next step of the lesson. */
@Command(name = "next", description = "go to the next step")
final class NextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  NextCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.move(1, spec.commandLine().getOut());
    return 0;
  }
}
