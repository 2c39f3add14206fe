package org.dockerlab.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report as JUnit XML, which Jenkins, GitLab and GitHub Actions reporters read: a {@code testsuite}
 * per lesson, a {@code testcase} per check named {@code step-id: check}, a {@code failure} with expected
 * and found, {@code skipped} for checks never attempted or not gradable live, {@code error} when a check
 * could not run. Built with the JDK's DOM, so escaping is the XML library's business.
 */
final class JunitRenderer implements ReportFormat.Renderer {
  @Override
  public void render(GradeReport report, PrintWriter out) {
    Document doc = newDocument();
    Element suites = doc.createElement("testsuites");
    doc.appendChild(suites);
    suites.setAttribute("name", report.learner() == null ? "dockerlab grade" : "dockerlab grade of " + clean(report.learner()));
    counts(suites, report.tally());
    suites.setAttribute("timestamp", report.generatedAt().toString());
    for (LessonGrade lesson : report.lessons()) {
      Tally t = lesson.tally();
      Element suite = child(suites, "testsuite");
      suite.setAttribute("name", lesson.id());
      counts(suite, t);
      suite.setAttribute("timestamp", report.generatedAt().toString());
      Element properties = child(suite, "properties");
      property(properties, "title", lesson.title());
      if (report.learner() != null) {
        property(properties, "learner", report.learner());
      }
      property(properties, "points", Integer.toString(t.pointsEarned()));
      property(properties, "points-possible", Integer.toString(t.pointsPossible()));
      property(properties, "verdicts", report.live() ? "live" : "recorded");
      property(properties, "hints-used", Integer.toString(t.hintsUsed()));
      property(properties, "solutions-revealed", Integer.toString(t.solutionsRevealed()));
      for (StepGrade step : lesson.steps()) {
        for (CheckGrade check : step.checks()) {
          testcase(suite, lesson, step, check);
        }
      }
    }
    write(doc, out);
  }

  private static void testcase(Element suite, LessonGrade lesson, StepGrade step, CheckGrade check) {
    Element testcase = child(suite, "testcase");
    testcase.setAttribute("classname", "dockerlab." + lesson.id());
    testcase.setAttribute("name", step.id() + ": " + clean(check.check()));
    testcase.setAttribute("time", "0");
    String message = check.message() == null ? check.outcome().label() : clean(check.message());
    switch (check.outcome()) {
      case FAILED -> {
        Element failure = child(testcase, "failure");
        String detail = "expected: " + clean(check.expected()) + "; found: " + clean(check.found());
        failure.setAttribute("message", message + " (" + detail + ")");
        failure.setAttribute("type", "failed");
        failure.setTextContent(message + "\nexpected: " + clean(check.expected()) + "\nfound: " + clean(check.found()));
      }
      case ERROR -> {
        Element error = child(testcase, "error");
        error.setAttribute("message", message);
        error.setAttribute("type", "check could not run");
      }
      case NOT_ATTEMPTED, NOT_GRADABLE -> child(testcase, "skipped").setAttribute("message", check.outcome().label() + ": " + message);
      case PASSED -> { }
    }
    StringBuilder text = new StringBuilder("verdict: " + Times.verdict(check));
    if (check.outcome() == CheckGrade.Outcome.PASSED && check.message() != null) {
      text.append("\n").append(clean(check.message()));
    }
    if (!check.evidence().isEmpty()) {
      text.append("\nevidence: ").append(check.evidence().entrySet().stream()
          .map(e -> clean(e.getKey()) + "=" + clean(e.getValue())).collect(Collectors.joining(", ")));
    }
    text.append("\npoints of this step: ").append(step.earned()).append('/').append(step.points())
        .append(" (earned when all its checks pass)");
    text.append("\nhints used on this step: ").append(step.hintsUsed())
        .append(", solution revealed: ").append(step.solutionRevealed() ? "yes" : "no");
    step.quizSummary().ifPresent(q -> text.append("\nquiz: ").append(q));
    child(testcase, "system-out").setTextContent(text.toString());
  }

  private static void counts(Element e, Tally t) {
    e.setAttribute("tests", Integer.toString(t.total()));
    e.setAttribute("failures", Integer.toString(t.failed()));
    e.setAttribute("errors", Integer.toString(t.errors()));
    e.setAttribute("skipped", Integer.toString(t.notAttempted() + t.notGradable()));
    e.setAttribute("time", "0");
  }

  private static void property(Element properties, String name, String value) {
    Element p = child(properties, "property");
    p.setAttribute("name", name);
    p.setAttribute("value", clean(value));
  }

  private static Element child(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElement(name);
    parent.appendChild(e);
    return e;
  }

  /** XML 1.0 cannot hold most control characters, even escaped; a check's message might. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "?");
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML support is missing: " + e.getMessage(), e);
    }
  }

  private static void write(Document doc, PrintWriter out) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      doc.setXmlStandalone(true);
      t.transform(new DOMSource(doc), new StreamResult(out));
      out.println();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the JUnit XML: " + e.getMessage().toLowerCase(Locale.ROOT), e);
    }
  }
}
