package org.dockerlab.report.roll;

import static org.dockerlab.report.Markup.html;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dockerlab.report.Times;

/**
 * The class report as one self-contained page: inline CSS and SVG, no script, no font, no image and no
 * request of any kind (a Content-Security-Policy says so to the browser), readable printed. A matrix of
 * learners by steps, each cell coloured and marked with a symbol (never colour alone), the pass rate of
 * each step as bars, the steps most failed with their most common failure, who used hints or solutions,
 * and where each verdict came from. Everything from a report is HTML-escaped.
 */
final class HtmlRoll {
  private static final String CSS = """
      :root { --ok: #1b5e20; --ok-bg: #dcedc8; --bad: #b71c1c; --bad-bg: #ffcdd2; --err: #8a4b00; --err-bg: #ffe0b2;
        --ng: #4a148c; --ng-bg: #e1bee7; --na: #555; --na-bg: #eeeeee; --line: #c8c8c8; }
      * { box-sizing: border-box; }
      body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a1a1a; margin: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
      .meta, .note { color: #444; margin: .25rem 0; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; }
      th, td { border: 1px solid var(--line); padding: 2px 6px; }
      th { background: #f6f6f6; text-align: left; font-weight: 600; }
      .matrix th.step { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; padding: 6px 2px; }
      .matrix th.lesson { text-align: center; }
      .matrix th.exam { background: #ede7f6; }
      .matrix td.c { text-align: center; min-width: 1.6rem; font-weight: 700; }
      .matrix th[scope=row] { white-space: nowrap; max-width: 16rem; overflow: hidden; text-overflow: ellipsis; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .matrix td.help { white-space: nowrap; }
      .c.passed { color: var(--ok); background: var(--ok-bg); }
      .c.failed { color: var(--bad); background: var(--bad-bg); }
      .c.error { color: var(--err); background: var(--err-bg); }
      .c.not-gradable { color: var(--ng); background: var(--ng-bg); }
      .c.not-attempted { color: var(--na); background: var(--na-bg); font-weight: 400; }
      .legend span.c { display: inline-block; min-width: 1.4rem; text-align: center; border: 1px solid var(--line); margin-right: .25rem; font-weight: 700; }
      .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
      svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1a1a1a; }
      ul.sources { padding-left: 1.2rem; }
      code { font-size: .92em; }
      @page { size: landscape; margin: 1cm; }
      @media print {
        body { margin: 0; font-size: 9pt; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .scroll { overflow: visible; }
        thead { display: table-header-group; }
        tr, li, svg { break-inside: avoid; }
        h2 { break-after: avoid; }
      }
      """;

  private HtmlRoll() {}

  static void render(ClassRoll roll, PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    out.println("<title>dockerlab class report</title>");
    out.println("<style>" + CSS + "</style></head><body>");
    out.println("<header><h1>dockerlab class report</h1>");
    out.println("<p class=\"meta\">" + html(Summary.line(roll)) + "</p>");
    out.println("<p class=\"note\">A step's points count when all its checks passed. Where a learner appears in several reports, the latest verdict of each step counts; hover a cell for its time and report, or see the list at the end.</p></header>");
    matrix(roll, out);
    rates(roll, out);
    mostFailed(roll, out);
    helped(roll, out);
    sources(roll, out);
    out.println("<footer><p class=\"meta\">Made " + html(Times.format(roll.generatedAt())) + " by dockerlab class report.</p></footer>");
    out.println("</body></html>");
  }

  private static void matrix(ClassRoll roll, PrintWriter out) {
    out.println("<section id=\"matrix\"><h2>Learners by steps</h2>");
    out.print("<p class=\"legend\">");
    for (StepOutcome o : StepOutcome.values()) {
      out.print("<span><span class=\"c " + o.id() + "\">" + o.symbol() + "</span>" + html(o.label()) + "</span>");
    }
    out.println("</p>");
    out.println("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th rowspan=\"2\" scope=\"col\">Learner</th>");
    for (ClassRoll.Column lesson : roll.lessons()) {
      out.print("<th colspan=\"" + roll.steps(lesson.lesson()).size() + "\" class=\"lesson" + (lesson.exam() ? " exam" : "") + "\" title=\""
          + html(lesson.lessonTitle()) + "\">" + (lesson.exam() ? "exam " : "") + html(lesson.lesson()) + "</th>");
    }
    out.println("<th rowspan=\"2\" scope=\"col\">Points<br>of " + roll.possible() + "</th><th rowspan=\"2\" scope=\"col\">Help used</th></tr><tr>");
    for (ClassRoll.Column c : roll.columns()) {
      out.print("<th class=\"step\" scope=\"col\" title=\"" + html(c.stepTitle()) + "\">" + html(c.step()) + " (" + c.points() + ")</th>");
    }
    out.println("</tr></thead><tbody>");
    for (ClassRoll.Row r : roll.rows()) {
      StringBuilder line = new StringBuilder("<tr><th scope=\"row\" title=\"").append(html(r.learner())).append("\">").append(html(r.learner())).append("</th>");
      for (ClassRoll.Column c : roll.columns()) {
        ClassRoll.Cell cell = r.cell(c);
        StepOutcome o = cell.outcome();
        String title = c.key() + ": " + o.label()
            + (cell.at() == null ? "" : ", " + Times.format(cell.at()))
            + (cell.message() == null ? "" : ": " + cell.message())
            + (cell.source() == null ? ", in no report" : ", from " + cell.source());
        line.append("<td class=\"c ").append(o.id()).append("\" title=\"").append(html(title)).append("\">").append(o.symbol()).append("</td>");
      }
      ClassRoll.HelpTotals help = roll.help(r);
      line.append("<td class=\"num\">").append(roll.earned(r)).append("</td><td class=\"help\" title=\"").append(html(help.toString())).append("\">")
          .append(html(help.compact())).append("</td></tr>");
      out.println(line);
    }
    out.println("</tbody></table></div></section>");
  }

  /** A bar per step, its length the share of learners who passed it, the numbers written beside it. */
  private static void rates(ClassRoll roll, PrintWriter out) {
    List<ClassRoll.StepStats> stats = roll.stats();
    int row = 22;
    int labelWidth = 300;
    int barWidth = 320;
    int height = row * stats.size() + 8;
    out.println("<section id=\"rates\"><h2>Pass rate per step</h2>");
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Pass rate per step\" width=\"" + (labelWidth + barWidth + 160)
        + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + barWidth + 160) + " " + height + "\">");
    for (int i = 0; i < stats.size(); i++) {
      ClassRoll.StepStats s = stats.get(i);
      int y = i * row + 4;
      double rate = s.passRate();
      String colour = rate >= 0.8 ? "#2e7d32" : rate >= 0.5 ? "#ef8f00" : "#c62828";
      out.println("<g><title>" + html(s.column().key() + ": " + s.column().stepTitle()) + "</title>"
          + "<text x=\"0\" y=\"" + (y + 14) + "\">" + html(s.column().key()) + "</text>"
          + "<rect x=\"" + labelWidth + "\" y=\"" + (y + 2) + "\" width=\"" + barWidth + "\" height=\"14\" fill=\"#eeeeee\" stroke=\"#c8c8c8\"/>"
          + "<rect x=\"" + labelWidth + "\" y=\"" + (y + 2) + "\" width=\"" + String.format(Locale.ROOT, "%.1f", rate * barWidth) + "\" height=\"14\" fill=\"" + colour + "\"/>"
          + "<text x=\"" + (labelWidth + barWidth + 8) + "\" y=\"" + (y + 14) + "\">" + Summary.percent(rate) + " (" + s.passed() + " of " + s.learners() + ")</text></g>");
    }
    out.println("</svg></section>");
  }

  private static void mostFailed(ClassRoll roll, PrintWriter out) {
    out.println("<section id=\"failed\"><h2>Steps most failed</h2>");
    List<ClassRoll.StepStats> failed = roll.mostFailed(Summary.MOST_FAILED);
    if (failed.isEmpty()) {
      out.println("<p>No step failed.</p></section>");
      return;
    }
    out.println("<table><thead><tr><th>Step</th><th>Failed</th><th>Most common failure</th></tr></thead><tbody>");
    for (ClassRoll.StepStats s : failed) {
      out.println("<tr><td><code>" + html(s.column().key()) + "</code><br>" + html(s.column().stepTitle()) + "</td><td class=\"num\">" + s.failed() + " of " + s.learners()
          + "</td><td>" + html(s.commonFailure()) + " <span class=\"meta\">(" + Summary.plural(s.commonFailureCount(), "learner") + ")</span></td></tr>");
    }
    out.println("</tbody></table></section>");
  }

  private static void helped(ClassRoll roll, PrintWriter out) {
    out.println("<section id=\"help\"><h2>Who used hints or solutions</h2>");
    List<ClassRoll.Row> helped = roll.helped();
    if (helped.isEmpty()) {
      out.println("<p>Nobody used a hint or a solution.</p></section>");
      return;
    }
    out.println("<table><thead><tr><th>Learner</th><th>Hints</th><th>Solutions revealed</th><th>Solutions run by the lab</th><th>Quiz attempts</th></tr></thead><tbody>");
    for (ClassRoll.Row r : helped) {
      ClassRoll.HelpTotals h = roll.help(r);
      out.println("<tr><th scope=\"row\">" + html(r.learner()) + "</th><td class=\"num\">" + h.hintsUsed() + "</td><td class=\"num\">" + h.solutionsRevealed()
          + "</td><td class=\"num\">" + h.assisted() + "</td><td class=\"num\">" + (h.quizAttempts() == null ? "–" : h.quizAttempts()) + "</td></tr>");
    }
    out.println("</tbody></table></section>");
  }

  private static void sources(ClassRoll roll, PrintWriter out) {
    out.println("<section id=\"sources\"><h2>Where each verdict came from</h2><ul class=\"sources\">");
    for (ClassRoll.Row r : roll.rows()) {
      StringBuilder line = new StringBuilder("<li><strong>").append(html(r.learner())).append("</strong>: ");
      boolean first = true;
      for (Map.Entry<String, Set<String>> e : r.sources().entrySet()) {
        line.append(first ? "" : "; ").append(html(String.join(", ", e.getValue()))).append(" from <code>").append(html(e.getKey())).append("</code>");
        first = false;
      }
      out.println(line.append("</li>"));
    }
    out.println("</ul></section>");
    if (!roll.skipped().isEmpty()) {
      out.println("<section id=\"skipped\"><h2>Files skipped</h2><ul>");
      roll.skipped().forEach(s -> out.println("<li><code>" + html(s.source()) + "</code>: " + html(s.reason()) + "</li>"));
      out.println("</ul></section>");
    }
  }
}
