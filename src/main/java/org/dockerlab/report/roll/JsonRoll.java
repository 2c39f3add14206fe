package org.dockerlab.report.roll;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The class report for other tools, in the shape {@code docs/class-report.schema.json} documents. */
final class JsonRoll {
  /** The version of {@code docs/class-report.schema.json}. */
  static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonRoll() {}

  static void render(ClassRoll roll, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("generatedAt", roll.generatedAt().toString());
    root.put("reports", roll.reports());
    root.put("pointsPossible", roll.possible());
    ArrayNode lessons = root.putArray("lessons");
    for (ClassRoll.Column lesson : roll.lessons()) {
      ObjectNode l = lessons.addObject();
      l.put("id", lesson.lesson());
      l.put("title", lesson.lessonTitle());
      l.put("exam", lesson.exam());
      l.put("pointsPossible", roll.possible(lesson.lesson()));
      ArrayNode steps = l.putArray("steps");
      roll.stats().stream().filter(s -> s.column().lesson().equals(lesson.lesson())).forEach(s -> {
        ObjectNode st = steps.addObject();
        st.put("id", s.column().step());
        st.put("title", s.column().stepTitle());
        st.put("points", s.column().points());
        st.put("passed", s.passed());
        st.put("failed", s.failed());
        st.put("errors", s.errors());
        st.put("learners", s.learners());
        st.put("mostCommonFailure", s.commonFailure());
        st.put("mostCommonFailureCount", s.commonFailureCount());
      });
    }
    ArrayNode learners = root.putArray("learners");
    for (ClassRoll.Row r : roll.rows()) {
      learner(learners.addObject(), roll, r);
    }
    ArrayNode skipped = root.putArray("skipped");
    for (ReportFiles.Skipped s : roll.skipped()) {
      skipped.addObject().put("file", s.source()).put("reason", s.reason());
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void learner(ObjectNode node, ClassRoll roll, ClassRoll.Row r) {
    node.put("learner", r.learner());
    node.put("pointsEarned", roll.earned(r));
    node.put("pointsPossible", roll.possible());
    ClassRoll.HelpTotals h = roll.help(r);
    ObjectNode help = node.putObject("help");
    help.put("hintsUsed", h.hintsUsed());
    help.put("solutionsRevealed", h.solutionsRevealed());
    help.put("assisted", h.assisted());
    help.put("quizAttempts", h.quizAttempts());
    ArrayNode lessons = node.putArray("lessons");
    for (ClassRoll.Column lesson : roll.lessons()) {
      lessons.addObject().put("id", lesson.lesson()).put("pointsEarned", roll.earned(r, lesson.lesson())).put("pointsPossible", roll.possible(lesson.lesson()));
    }
    ArrayNode steps = node.putArray("steps");
    for (ClassRoll.Column c : roll.columns()) {
      ClassRoll.Cell cell = r.cell(c);
      ObjectNode s = steps.addObject();
      s.put("lesson", c.lesson());
      s.put("step", c.step());
      s.put("outcome", cell.outcome().id());
      s.put("pointsEarned", roll.points(r, c));
      s.put("at", instant(cell.at()));
      s.put("message", cell.message());
      s.put("source", cell.source());
      s.put("hintsUsed", cell.help().hintsUsed());
      s.put("solutionRevealed", cell.help().solutionRevealed());
      s.put("assisted", cell.help().assisted());
      s.put("quizAttempts", cell.help().quizAttempts());
    }
    ArrayNode sources = node.putArray("sources");
    for (Map.Entry<String, Set<String>> e : r.sources().entrySet()) {
      ObjectNode s = sources.addObject();
      s.put("report", e.getKey());
      ArrayNode ls = s.putArray("lessons");
      e.getValue().forEach(ls::add);
    }
  }

  private static String instant(Instant at) {
    return at == null ? null : at.toString();
  }
}
