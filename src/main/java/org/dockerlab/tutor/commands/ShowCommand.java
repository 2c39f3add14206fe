package org.dockerlab.tutor.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code show}: the current step again. */
@Command(name = "show", description = "show the current step")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private final LessonCommands guide;

  ShowCommand(LessonCommands guide) {
    this.guide = guide;
  }

  @Override
  public Integer call() {
    guide.show(spec.commandLine().getOut());
    return 0;
  }
}
