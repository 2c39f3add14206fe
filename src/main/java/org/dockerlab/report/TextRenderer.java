package org.dockerlab.report;

import java.io.PrintWriter;

/** The report for a terminal: whose it is, a header per lesson with its score, points and help used, a line per step and per check. */
final class TextRenderer implements ReportFormat.Renderer {
  @Override
  public void render(GradeReport report, PrintWriter out) {
    out.println("Grade" + (report.learner() == null ? "" : " of " + report.learner()) + " (" + report.kind() + "), " + Times.format(report.generatedAt()));
    for (LessonGrade lesson : report.lessons()) {
      Tally t = lesson.tally();
      out.println();
      out.println(lesson.id() + ": " + lesson.title());
      out.println("  " + t.score() + "; " + t.points() + "; " + t.help());
      for (StepGrade step : lesson.steps()) {
        out.println("  " + step.id() + " (" + Tally.points(step.earned(), step.points()) + "): " + step.title()
            + step.quizSummary().map(q -> "; " + q).orElse(""));
        for (CheckGrade check : step.checks()) {
          out.printf("  %-5s %s: %s  [%s]%n", mark(check.outcome()), step.id(), check.check(), Times.verdict(check));
          if (check.outcome() != CheckGrade.Outcome.PASSED && check.message() != null) {
            out.println("        " + check.message());
          }
          if (check.outcome() == CheckGrade.Outcome.FAILED) {
            out.println("        expected: " + check.expected());
            out.println("        found:    " + check.found());
          }
        }
      }
    }
    Tally all = report.tally();
    out.println();
    out.println("Overall: " + all.score() + "; " + all.points() + "; " + all.help());
  }

  private static String mark(CheckGrade.Outcome outcome) {
    return switch (outcome) {
      case PASSED -> "ok";
      case FAILED -> "FAIL";
      case ERROR -> "ERROR";
      case NOT_ATTEMPTED -> "--";
      case NOT_GRADABLE -> "n/a";
    };
  }
}
