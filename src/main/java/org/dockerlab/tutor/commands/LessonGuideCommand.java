package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import org.dockerlab.tutor.LessonTutor;

/** A command of the lessons: the tutor it asks, the look of what it prints. */
abstract class LessonGuideCommand extends GuideCommand<LessonCommands> {
  LessonTutor tutor() {
    return guide.tutor();
  }

  Look look() {
    return guide.look();
  }

  /** Where the command prints, once a lesson is started; a one-line error that says how to start one otherwise. */
  PrintWriter outInLesson() {
    guide.requireLesson();
    return out();
  }
}
