package org.dockerlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;

/** The report as JSON, in the shape {@code docs/grade-report.schema.json} documents. */
final class JsonRenderer implements ReportFormat.Renderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(GradeReport report, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", GradeReport.SCHEMA_VERSION);
    root.put("learner", report.learner());
    root.put("generatedAt", report.generatedAt().toString());
    root.put("mode", report.live() ? "live" : "recorded");
    root.set("summary", summary(report.tally()));
    ArrayNode lessons = root.putArray("lessons");
    for (LessonGrade lesson : report.lessons()) {
      ObjectNode l = item(lessons, lesson.id(), lesson.title());
      l.put("exam", lesson.exam());
      l.set("summary", summary(lesson.tally()));
      ArrayNode steps = l.putArray("steps");
      lesson.steps().forEach(step -> step(item(steps, step.id(), step.title()), step));
    }
    try {
      JSON.writeValue(new Unclosed(out), root);
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A lesson or a step: an object in the array that starts with its id and title. */
  private static ObjectNode item(ArrayNode array, String id, String title) {
    ObjectNode item = array.addObject();
    item.put("id", id);
    item.put("title", title);
    return item;
  }

  private static void step(ObjectNode s, StepGrade step) {
    s.put("points", step.points());
    s.put("pointsEarned", step.earned());
    s.put("hintsUsed", step.help().hintsUsed());
    s.put("solutionRevealed", step.help().solutionRevealed());
    s.put("assisted", step.help().assisted());
    if (step.help().quizAttempts() != null) {
      s.put("quizAttempts", step.help().quizAttempts());
    }
    if (step.quizRight() != null && step.help().quizAttempts() != null) {
      s.put("quizRight", step.quizRight());
    }
    ArrayNode checks = s.putArray("checks");
    step.checks().forEach(c -> check(checks.addObject(), c));
  }

  private static void check(ObjectNode node, CheckGrade check) {
    node.put("check", check.check());
    node.put("outcome", check.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    node.put("kind", check.kind().label());
    node.put("at", instant(check.at()));
    node.put("message", check.message());
    node.put("expected", check.expected());
    node.put("found", check.found());
    ObjectNode evidence = node.putObject("evidence");
    check.evidence().forEach(evidence::put);
  }

  private static ObjectNode summary(Tally t) {
    ObjectNode s = JSON.createObjectNode();
    s.put("total", t.total());
    s.put("passed", t.passed());
    s.put("failed", t.failed());
    s.put("errors", t.errors());
    s.put("notAttempted", t.notAttempted());
    s.put("notGradable", t.notGradable());
    s.put("pointsEarned", t.pointsEarned());
    s.put("pointsPossible", t.pointsPossible());
    s.put("hintsUsed", t.hintsUsed());
    s.put("solutionsRevealed", t.solutionsRevealed());
    s.put("assisted", t.assisted());
    return s;
  }

  private static String instant(Instant at) {
    return at == null ? null : at.toString();
  }

  /** Jackson closes the writer it is given; the caller owns this one. */
  private static final class Unclosed extends FilterWriter {
    Unclosed(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
