package org.dockerlab.report;

import java.io.PrintWriter;

/** The report for a person: whose it is and a summary, then a table per lesson with a row per check. */
final class MarkdownReportRenderer implements ReportFormat.Renderer {
  @Override
  public void render(GradeReport report, PrintWriter out) {
    Tally all = report.tally();
    out.println("# dockerlab grade");
    out.println();
    if (report.learner() != null) {
      out.println("Learner: **" + Markup.markdownName(report.learner()) + "**.");
      out.println();
    }
    out.println("Generated " + Times.format(report.generatedAt()) + " from " + report.kind() + ".");
    out.println();
    out.println("**" + all.score() + "**; **" + all.points() + "**; " + all.help() + ".");
    for (LessonGrade lesson : report.lessons()) {
      Tally t = lesson.tally();
      out.println();
      out.println("## " + cell(lesson.id()) + ": " + cell(lesson.title()));
      out.println();
      out.println("**" + t.score() + "**; **" + t.points() + "**; " + t.help() + ".");
      out.println();
      out.println("| Step | Points | Check | Result | Verdict | Hints | Solution | Details |");
      out.println("|---|---|---|---|---|---|---|---|");
      for (StepGrade step : lesson.steps()) {
        // the step's points and help once, on its first check's row
        String points = step.earned() + "/" + step.points();
        String quiz = step.quizSummary().map(q -> "<br>" + cell(q)).orElse("");
        for (CheckGrade check : step.checks()) {
          out.println("| " + String.join(" | ",
              "`" + cell(step.id()) + "`", points, cell(check.check()), result(check.outcome()), cell(Times.verdict(check)),
              Integer.toString(step.hintsUsed()), solution(step.help()), details(check) + quiz) + " |");
          points = "";
          quiz = "";
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

  private static String solution(Help help) {
    return help.assisted() ? "run by the lab" : help.solutionRevealed() ? "revealed" : "no";
  }

  private static String details(CheckGrade check) {
    String message = check.message() == null ? "" : cell(check.message());
    if (check.outcome() != CheckGrade.Outcome.FAILED) {
      return message;
    }
    return message + "<br>expected: " + cell(check.expected()) + "<br>found: " + cell(check.found());
  }

  private static String cell(String text) {
    return Markup.markdownCell(text);
  }
}
