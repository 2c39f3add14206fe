package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.Curriculum;
import org.dockerlab.lesson.LessonLinter;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LintReport;
import org.dockerlab.lesson.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockerlab lint [DIR]}: checks lesson files without running anything in them. */
@Command(
    name = "lint",
    description = "Check lesson files (schema, ids, checks, hints, solutions, references) without running them.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found (one line each: FILE:LINE: field: message)", "2:DIR is not a directory"})
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory of NN-ID.yaml lesson files (default: the lessons inside dockerlab).")
  Path dir;

  @Override
  public Integer call() {
    LessonLoader loader = new LessonLoader();
    Curriculum curriculum = dir == null ? loader.readBundled() : loader.read(dir, dir.toString());
    LintReport report = LessonLinter.lint(curriculum);
    PrintWriter out = spec.commandLine().getOut();
    for (Problem problem : report.problems()) {
      out.println(problem);
    }
    out.println(report.summary());
    out.flush();
    return report.clean() ? ExitCode.OK : ExitCode.FAILED;
  }
}
