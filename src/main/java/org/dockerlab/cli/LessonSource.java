package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import picocli.CommandLine.Option;

/** The lessons a command works on (the bundled ones, or a directory's) and the progress store, for progress and grade. */
final class LessonSource {
  @Option(names = "--lessons", paramLabel = "DIR", description = "Lesson files to use instead of the lessons inside dockerlab (for lesson authors and teachers).")
  Path dir;

  List<Lesson> lessons() {
    return dir == null ? LessonLoader.bundled() : LessonLoader.load(dir);
  }

  /** The store of this lab's progress.json; a corrupt file's warning goes to {@code err}. */
  static ProgressStore store(LabContext lab, PrintWriter err) {
    return new ProgressStore(lab.home().progressFile(), w -> err.println("dockerlab: warning: " + w), Clock.systemUTC());
  }
}
