package org.dockerlab.report.roll;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradebook's CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields with a comma, a quote
 * or a line break in double quotes, quotes doubled): a row per learner, a column per lesson with the
 * points earned, the total, the help used, and the reports the verdicts came from. A learner's name that
 * a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets a leading {@code '}.
 */
final class CsvRoll {
  private CsvRoll() {}

  static void render(ClassRoll roll, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("learner"));
    for (ClassRoll.Column lesson : roll.lessons()) {
      header.add(lesson.lesson() + " (of " + roll.possible(lesson.lesson()) + ")");
    }
    header.addAll(List.of("total (of " + roll.possible() + ")", "hints used", "solutions revealed", "solutions run by the lab", "quiz attempts", "reports"));
    row(out, header);
    for (ClassRoll.Row r : roll.rows()) {
      List<String> fields = new ArrayList<>(List.of(neutral(r.learner())));
      for (ClassRoll.Column lesson : roll.lessons()) {
        fields.add(Integer.toString(roll.earned(r, lesson.lesson())));
      }
      ClassRoll.HelpTotals help = roll.help(r);
      fields.add(Integer.toString(roll.earned(r)));
      fields.add(Integer.toString(help.hintsUsed()));
      fields.add(Integer.toString(help.solutionsRevealed()));
      fields.add(Integer.toString(help.assisted()));
      fields.add(help.quizAttempts() == null ? "" : help.quizAttempts().toString());
      fields.add(String.join("; ", r.sources().keySet()));
      row(out, fields);
    }
  }

  private static void row(PrintWriter out, List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (String f : fields) {
      line.append(line.isEmpty() ? "" : ",").append(field(f));
    }
    out.print(line.append("\r\n"));
  }

  static String field(String f) {
    if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
      return f;
    }
    return '"' + f.replace("\"", "\"\"") + '"';
  }

  /** Spreadsheets run a cell that starts with = + - @ as a formula: a learner's name must stay a name. */
  static String neutral(String name) {
    return !name.isEmpty() && "=+-@\t".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
  }
}
