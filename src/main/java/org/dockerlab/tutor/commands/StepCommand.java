package org.dockerlab.tutor.commands;

import java.io.PrintWriter;

/** A tutor command about the current step ({@code check}, {@code hint}, {@code solution}): refused until a lesson is started. */
abstract class StepCommand extends GuideCommand<LessonCommands> {
  StepCommand(LessonCommands guide) {
    super(guide);
  }

  @Override
  public final Integer call() {
    guide.requireLesson();
    return onStep(out(), guide.look());
  }

  /** Runs with a lesson in progress, printing on {@code out} in the guide's {@code look}. */
  abstract Integer onStep(PrintWriter out, Look look);
}
