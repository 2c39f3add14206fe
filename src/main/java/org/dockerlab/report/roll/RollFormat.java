package org.dockerlab.report.roll;

import java.io.PrintWriter;

/** The forms a class report takes: CSV for a gradebook, Markdown for a README or a CI summary, HTML to look at, JSON for other tools. */
public enum RollFormat {
  CSV,
  MARKDOWN,
  HTML,
  JSON;

  public void render(ClassRoll roll, PrintWriter out) {
    switch (this) {
      case CSV -> CsvRoll.render(roll, out);
      case MARKDOWN -> MarkdownRoll.render(roll, out);
      case HTML -> HtmlRoll.render(roll, out);
      case JSON -> JsonRoll.render(roll, out);
    }
    out.flush();
  }
}
