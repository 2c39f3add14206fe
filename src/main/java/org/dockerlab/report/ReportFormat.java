package org.dockerlab.report;

import java.io.PrintWriter;

/**
 * The forms a grade report takes: text for a terminal, JSON, JUnit XML for CI, Markdown for a person,
 * and the result object of GitHub Classroom's autograding reporter.
 */
public enum ReportFormat {
  TEXT(new TextRenderer()),
  JSON(new JsonRenderer()),
  JUNIT(new JunitRenderer()),
  MARKDOWN(new MarkdownReportRenderer()),
  CLASSROOM(new ClassroomRenderer());

  private final Renderer renderer;

  ReportFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  public void render(GradeReport report, PrintWriter out) {
    renderer.render(report, out);
    out.flush();
  }

  /** Writes one report form. */
  interface Renderer {
    void render(GradeReport report, PrintWriter out);
  }
}
