package org.dockerlab.report;

import java.io.PrintWriter;
import java.util.List;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;

/**
 * {@code progress}: whose progress it is, a line per lesson, in order, with a bar of the steps passed and
 * the help used, then where the learner is. The same table for {@code dockerlab progress} and the shell's {@code progress}.
 */
public final class ProgressTable {
  private static final int BAR = 10;
  private static final int MIN_ID_WIDTH = 16;

  private ProgressTable() {}

  public static void render(Progress progress, List<Lesson> lessons, PrintWriter out) {
    int width = Math.max(MIN_ID_WIDTH, lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0));
    int stepWidth = lessons.stream().mapToInt(l -> String.valueOf(l.steps().size()).length()).max().orElse(1);
    if (progress.learner() != null) {
      out.println("Learner: " + progress.learner());
      out.println();
    }
    for (Lesson lesson : lessons) {
      int passed = 0;
      int hints = 0;
      int solutions = 0;
      for (LessonStep step : lesson.steps()) {
        StepProgress sp = progress.step(lesson.id(), step.id());
        passed += sp.status() == StepProgress.Status.PASSED ? 1 : 0;
        hints += sp.hintsUsed();
        solutions += sp.solutionRevealed() ? 1 : 0;
      }
      int total = lesson.steps().size();
      out.printf("%-" + width + "s [%s] %" + stepWidth + "d/%-" + stepWidth + "d steps   hints %d   solutions %d%n",
          lesson.id(), bar(passed, total), passed, total, hints, solutions);
    }
    out.println();
    out.println(position(progress, lessons));
    out.flush();
  }

  static String bar(int done, int total) {
    int filled = total == 0 ? 0 : (int) Math.round(BAR * (double) done / total);
    return "#".repeat(filled) + "-".repeat(BAR - filled);
  }

  /** "Now at: save, step 2/3: Look at the size of the archive"; step in the position counts from 0. */
  private static String position(Progress progress, List<Lesson> lessons) {
    Progress.Position at = progress.current();
    if (at == null) {
      return "Not started yet: open the lab shell and type: start " + (lessons.isEmpty() ? "ID" : lessons.get(0).id());
    }
    return lessons.stream()
        .filter(l -> l.id().equals(at.lesson()))
        .findFirst()
        .map(l -> {
          int step = Math.min(Math.max(at.step(), 0), l.steps().size() - 1);
          return "Now at: " + l.id() + ", step " + (step + 1) + "/" + l.steps().size() + ": " + l.steps().get(step).title();
        })
        .orElse("Now at: " + at.lesson() + " (a lesson this dockerlab does not have)");
  }
}
