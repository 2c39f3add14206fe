package org.dockerlab.report;

import java.io.PrintWriter;

/** The report for a person: a summary, then a table per lesson. */
final class MarkdownReportRenderer implements ReportFormat.Renderer {
  @Override
  public void render(GradeReport report, PrintWriter out) {
    Tally all = report.tally();
    out.println("# dockerlab grade");
    out.println();
    out.println("Generated " + Times.format(report.generatedAt()) + " from " + report.kind() + ".");
    out.println();
    out.println("**" + all.score() + "**; " + all.help() + ".");
    for (LessonGrade lesson : report.lessons()) {
      Tally t = lesson.tally();
      out.println();
      out.println("## " + cell(lesson.id()) + ": " + cell(lesson.title()));
      out.println();
      out.println("**" + t.score() + "**; " + t.help() + ".");
      out.println();
      out.println("| Step | Check | Result | Verdict | Hints | Solution | Details |");
      out.println("|---|---|---|---|---|---|---|");
      for (StepGrade step : lesson.steps()) {
        for (CheckGrade check : step.checks()) {
          out.println("| " + String.join(" | ",
              "`" + cell(step.id()) + "`", cell(check.check()), result(check.outcome()), cell(Times.verdict(check)),
              Integer.toString(step.hintsUsed()), step.solutionRevealed() ? "revealed" : "no", details(check)) + " |");
        }
      }
    }
  }

  private static String result(CheckGrade.Outcome outcome) {
    return switch (outcome) {
      case PASSED -> "✅ passed";
      case FAILED -> "❌ failed";
      case ERROR -> "⚠️ error";
      case NOT_ATTEMPTED -> "➖ not attempted";
      case NOT_GRADABLE -> "❔ not gradable live";
    };
  }

  private static String details(CheckGrade check) {
    String message = check.message() == null ? "" : cell(check.message());
    if (check.outcome() != CheckGrade.Outcome.FAILED) {
      return message;
    }
    return message + "<br>expected: " + cell(check.expected()) + "<br>found: " + cell(check.found());
  }

  /** Table cells cannot hold pipes or line breaks; HTML in a learner's text must not render. */
  private static String cell(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }
}
