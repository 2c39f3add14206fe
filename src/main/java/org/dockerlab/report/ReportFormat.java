package org.dockerlab.report;

import java.io.PrintWriter;

/**
 * The forms a grade report takes: text for a terminal, JSON, JUnit XML for CI, Markdown for a person,
 * and the result object of GitHub Classroom's autograding reporter.
 */
public enum ReportFormat {
  TEXT,
  JSON,
  JUNIT,
  MARKDOWN,
  CLASSROOM;

  public void render(GradeReport report, PrintWriter out) {
    renderer().render(report, out);
    out.flush();
  }

  // Made when used: JSON's renderer builds a Jackson mapper (0.15 s cold) that a text report never needs.
  private Renderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case JUNIT -> new JunitRenderer();
      case MARKDOWN -> new MarkdownReportRenderer();
      case CLASSROOM -> new ClassroomRenderer();
    };
  }

  /** Writes one report form. */
  interface Renderer {
    void render(GradeReport report, PrintWriter out);
  }
}
