package org.dockerlab.tutor.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code prev}: go back to the previous step of the lesson. */
@Command(name = "prev", description = "go back to the previous step")
final class PrevCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  PrevCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.move(-1, spec.commandLine().getOut());
    return 0;
  }
}
