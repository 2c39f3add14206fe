package org.dockerlab.report.roll;

import java.io.PrintWriter;

/** The forms a class report takes: CSV for a gradebook, Markdown for a README or a CI summary, HTML to look at, JSON for other tools. */
public enum RollFormat {
  CSV(new CsvRoll()),
  MARKDOWN(new MarkdownRoll()),
  HTML(new HtmlRoll()),
  JSON(new JsonRoll());

  private final Renderer renderer;

  RollFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  public void render(ClassRoll roll, PrintWriter out) {
    renderer.render(roll, out);
    out.flush();
  }

  /** Writes one form of the class report. */
  interface Renderer {
    void render(ClassRoll roll, PrintWriter out);
  }
}
