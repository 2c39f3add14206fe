package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.Curriculum;
import org.dockerlab.lesson.LessonLinter;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LintReport;
import org.dockerlab.lesson.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dockerlab lint [DIR]}: checks lesson files without running anything in them. */
@Command(
    name = "lint",
    description = "Check lesson and exam files (schema, ids, checks, hints, solutions, references) without running them.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found (one line each: FILE:LINE: field: message)", "2:DIR is not a directory"})
final class LintCommand extends LabSubcommand {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory of NN-ID.yaml lesson files, with its exams/ if any (default: the lessons and exams inside dockerlab).")
  Path dir;

  @Override
  public Integer call() {
    LessonLoader loader = new LessonLoader();
    LintReport report = dir == null
        ? LessonLinter.lint(loader.readBundled(), loader.readBundledExams())
        : LessonLinter.lint(loader.read(dir, dir.toString()), exams(loader));
    PrintWriter out = out();
    for (Problem problem : report.problems()) {
      out.println(problem);
    }
    out.println(report.summary());
    out.flush();
    return report.clean() ? ExitCode.OK : ExitCode.FAILED;
  }

  /** The exams of DIR/exams, when there is such a directory. */
  private Curriculum exams(LessonLoader loader) {
    Path exams = dir.resolve(LessonLoader.EXAMS);
    return Files.isDirectory(exams) ? loader.read(exams, exams.toString()) : new Curriculum(List.of());
  }
}
