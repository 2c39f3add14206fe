package org.dockerlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The result object GitHub Classroom's autograding reporter reads (classroom-resources/autograding-grading-reporter,
 * as autograding-command-grader writes it): {@code version}, {@code status} pass/fail/error, {@code max_score},
 * and a test per check with its {@code score}. Here, unlike every other format, a step's points are split
 * over its checks, so a learner sees partial credit per check: equal shares rounded down to the hundredth,
 * the last check taking the rest, so that a step's shares add up to its points exactly.
 *
 * <p>The reporter prints a failing test's name and {@code test_code}, not its {@code message}, so
 * {@code test_code} carries what was expected and found; {@code line_no} is 0 (the reporter would print
 * "line N" otherwise). {@code learner} is ours; the reporter ignores fields it does not read.
 */
final class ClassroomRenderer implements ReportFormat.Renderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(GradeReport report, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    Tally all = report.tally();
    root.put("version", 1);
    root.put("status", all.errors() > 0 ? "error" : all.allPassed() ? "pass" : "fail");
    root.put("max_score", all.pointsPossible());
    root.put("learner", report.learner());
    ArrayNode tests = root.putArray("tests");
    for (LessonGrade lesson : report.lessons()) {
      for (StepGrade step : lesson.steps()) {
        int n = step.checks().size();
        BigDecimal points = BigDecimal.valueOf(step.points());
        BigDecimal each = points.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
          CheckGrade check = step.checks().get(i);
          BigDecimal share = i < n - 1 ? each : points.subtract(each.multiply(BigDecimal.valueOf(n - 1L)));
          ObjectNode t = tests.addObject();
          test(t, lesson.id() + "/" + step.id() + ": " + check.check(), check,
              check.outcome() == CheckGrade.Outcome.PASSED ? share : BigDecimal.ZERO);
          if (i == 0 && step.quizSummary().isPresent()) {
            t.put("quiz_attempts", step.help().quizAttempts()); // ours, as learner is: the reporter ignores it
            t.put("quiz", step.quizSummary().get());
          }
        }
      }
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void test(ObjectNode t, String name, CheckGrade check, BigDecimal score) {
    t.put("name", name);
    t.put("status", switch (check.outcome()) {
      case PASSED -> "pass";
      case ERROR -> "error";
      case FAILED, NOT_ATTEMPTED, NOT_GRADABLE -> "fail";
    });
    BigDecimal plain = score.stripTrailingZeros();
    if (plain.scale() <= 0) {
      t.put("score", plain.longValueExact());
    } else {
      t.put("score", plain.doubleValue());
    }
    String message = check.message() == null ? check.outcome().label() : check.message();
    t.put("message", message);
    t.put("test_code", switch (check.outcome()) {
      case PASSED -> "";
      case FAILED -> message + "\nexpected: " + check.expected() + "\nfound: " + check.found();
      case ERROR, NOT_ATTEMPTED, NOT_GRADABLE -> check.outcome().label() + ": " + message;
    });
    t.put("filename", "");
    t.put("line_no", 0);
    t.put("duration", 0);
  }
}
