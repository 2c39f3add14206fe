package org.dockerlab.report.roll;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dockerlab.report.Markup;
import org.dockerlab.report.Times;

/** The class report for a README or a CI summary: points per learner and lesson, the steps most failed, the help used, where each verdict came from. */
final class MarkdownRoll {
  private MarkdownRoll() {}

  static void render(ClassRoll roll, PrintWriter out) {
    out.println("# dockerlab class report");
    out.println();
    out.println(Summary.line(roll) + " A step's points count when all its checks passed; the latest verdict of each step counts.");
    out.println();
    List<ClassRoll.Column> lessons = roll.lessons();
    StringBuilder head = new StringBuilder("| Learner |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ClassRoll.Column l : lessons) {
      head.append(' ').append(Markup.markdownCell(l.lesson())).append(" (").append(roll.possible(l.lesson())).append(") |");
      rule.append("---:|");
    }
    out.println(head.append(" Total (").append(roll.possible()).append(") | Help used |"));
    out.println(rule.append("---:|---|"));
    for (ClassRoll.Row r : roll.rows()) {
      StringBuilder line = new StringBuilder("| ").append(Markup.markdownName(r.learner())).append(" |");
      for (ClassRoll.Column l : lessons) {
        line.append(' ').append(roll.earned(r, l.lesson())).append(" |");
      }
      out.println(line.append(" **").append(roll.earned(r)).append("** | ").append(roll.help(r)).append(" |"));
    }
    out.println();
    out.println("## Pass rate per step");
    out.println();
    out.println("| Step | Points | Passed | Failed | Rate |");
    out.println("|---|---:|---:|---:|---|");
    for (ClassRoll.StepStats s : roll.stats()) {
      out.println("| `" + Markup.markdownCell(s.column().key()) + "` | " + s.column().points() + " | " + s.passed() + " | " + s.failed() + " | "
          + Summary.bar(s.passRate()) + " " + Summary.percent(s.passRate()) + " |");
    }
    out.println();
    out.println("## Steps most failed");
    out.println();
    List<ClassRoll.StepStats> failed = roll.mostFailed(Summary.MOST_FAILED);
    if (failed.isEmpty()) {
      out.println("No step failed.");
    } else {
      out.println("| Step | Failed | Most common failure |");
      out.println("|---|---:|---|");
      for (ClassRoll.StepStats s : failed) {
        out.println("| `" + Markup.markdownCell(s.column().key()) + "` | " + s.failed() + " of " + s.learners() + " | "
            + Markup.markdownCell(s.commonFailure()) + " (" + s.commonFailureCount() + ") |");
      }
    }
    out.println();
    out.println("## Who used hints or solutions");
    out.println();
    List<ClassRoll.Row> helped = roll.helped();
    if (helped.isEmpty()) {
      out.println("Nobody used a hint or a solution.");
    } else {
      out.println("| Learner | Help used |");
      out.println("|---|---|");
      helped.forEach(r -> out.println("| " + Markup.markdownName(r.learner()) + " | " + roll.help(r) + " |"));
    }
    out.println();
    out.println("## Where each verdict came from");
    out.println();
    for (ClassRoll.Row r : roll.rows()) {
      StringBuilder line = new StringBuilder("- " + Markup.markdownName(r.learner()) + ": ");
      boolean first = true;
      for (Map.Entry<String, Set<String>> e : r.sources().entrySet()) {
        line.append(first ? "" : "; ").append(String.join(", ", e.getValue())).append(" from `").append(e.getKey().replace("`", "'")).append('`');
        first = false;
      }
      out.println(line);
    }
    if (!roll.skipped().isEmpty()) {
      out.println();
      out.println("## Files skipped");
      out.println();
      roll.skipped().forEach(s -> out.println("- `" + s.source().replace("`", "'") + "`: " + Markup.markdownCell(s.reason())));
    }
    out.println();
    out.println("Made " + Times.format(roll.generatedAt()) + " by dockerlab class report.");
  }
}
