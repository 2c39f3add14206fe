package org.dockerlab.report.roll;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dockerlab.report.GradeReport;
import org.dockerlab.report.Help;

/**
 * Reads one JSON grade report ({@code docs/grade-report.schema.json}, versions 1 and 2) into a
 * {@link Submission}. Anything else (not JSON, cut short, another program's JSON, a newer schema) is
 * {@link Unusable} with a reason a teacher reads in one line; the roll-up goes on without it.
 */
public final class ReportReader {
  /** Far above a report of every lesson (about 40 KB): anything bigger is not one. */
  static final long MAX_BYTES = 64L << 20;
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ReportReader() {}

  /** A file that is not a grade report this dockerlab reads, and why. */
  public static final class Unusable extends Exception {
    public Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A report read, with a note when something about it was guessed. */
  public record Read(Submission submission, String note) {}

  public static Read read(Path file, String source, int order) throws Unusable {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new Unusable("larger than " + (MAX_BYTES >> 20) + " MiB: not a grade report");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Unusable("cannot read it: " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw new Unusable("the file is empty");
    }
    return parse(bytes, source, order, stem(file));
  }

  static Read parse(byte[] bytes, String source, int order, String fallbackLearner) throws Unusable {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonEOFException e) {
      throw new Unusable("not valid JSON: it ends early, at line " + e.getLocation().getLineNr() + " (cut short while copying?)");
    } catch (JsonParseException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
        // Jackson reports a cut inside an object or array this way rather than as an EOF
        throw new Unusable("not valid JSON: it ends early, at line " + e.getLocation().getLineNr() + " (cut short while copying?)");
      }
      throw new Unusable("not valid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new Unusable("not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new Unusable("cannot read it: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new Unusable("the file holds no JSON value");
    }
    if (!root.isObject()) {
      throw new Unusable("not a dockerlab grade report: JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !root.path("lessons").isArray()) {
      throw new Unusable("not a dockerlab grade report: no " + (version == null ? "schemaVersion" : "lessons list"));
    }
    if (!version.isIntegralNumber() || version.asInt() < 1) {
      throw new Unusable("not a dockerlab grade report: schemaVersion is " + version);
    }
    if (version.asInt() > GradeReport.SCHEMA_VERSION) {
      throw new Unusable("schema version " + version.asInt() + " is newer than this dockerlab reads (" + GradeReport.SCHEMA_VERSION + "): update dockerlab");
    }
    String learner = root.path("learner").isTextual() ? root.get("learner").asText().strip() : "";
    String note = null;
    if (learner.isEmpty()) {
      learner = fallbackLearner;
      note = "schema version " + version.asInt() + " names no learner: counted as '" + learner + "', from the file's name";
    }
    Instant generatedAt = instant(root.get("generatedAt"), "generatedAt");
    if (generatedAt == null) {
      throw new Unusable("malformed grade report: generatedAt is missing");
    }
    List<Submission.Lesson> lessons = new ArrayList<>();
    JsonNode ls = root.get("lessons");
    for (int i = 0; i < ls.size(); i++) {
      lessons.add(lesson(ls.get(i), "lessons[" + i + "]"));
    }
    return new Read(new Submission(source, order, learner, generatedAt, lessons), note);
  }

  private static Submission.Lesson lesson(JsonNode l, String at) throws Unusable {
    String id = text(l, "id", at);
    JsonNode steps = l.get("steps");
    if (steps == null || !steps.isArray()) {
      throw new Unusable("malformed grade report: " + at + ".steps is missing");
    }
    List<Submission.Step> read = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      read.add(step(steps.get(i), at + ".steps[" + i + "]"));
    }
    return new Submission.Lesson(id, l.path("title").asText(id), l.path("exam").asBoolean(false), read);
  }

  private static Submission.Step step(JsonNode s, String at) throws Unusable {
    String id = text(s, "id", at);
    int points = s.path("points").asInt(1);
    if (points < 1) {
      throw new Unusable("malformed grade report: " + at + ".points is " + s.get("points"));
    }
    JsonNode quiz = s.get("quizAttempts");
    Help help = new Help(Math.max(0, s.path("hintsUsed").asInt(0)), s.path("solutionRevealed").asBoolean(false),
        s.path("assisted").asBoolean(false), quiz != null && quiz.isIntegralNumber() ? Math.max(0, quiz.asInt()) : null);
    JsonNode checks = s.get("checks");
    if (checks == null || !checks.isArray() || checks.isEmpty()) {
      throw new Unusable("malformed grade report: " + at + ".checks is missing or empty");
    }
    int[] counts = new int[StepOutcome.values().length];
    Instant latest = null;
    String failed = null;
    String error = null;
    for (int i = 0; i < checks.size(); i++) {
      JsonNode c = checks.get(i);
      String where = at + ".checks[" + i + "]";
      StepOutcome outcome = outcome(text(c, "outcome", where), where);
      counts[outcome.ordinal()]++;
      Instant when = instant(c.get("at"), where + ".at");
      if (when != null && (latest == null || when.isAfter(latest))) {
        latest = when;
      }
      String message = c.path("message").isTextual() ? c.get("message").asText() : c.path("found").asText(null);
      if (outcome == StepOutcome.FAILED && failed == null) {
        failed = message;
      } else if (outcome == StepOutcome.ERROR && error == null) {
        error = message;
      }
    }
    StepOutcome outcome = counts[StepOutcome.PASSED.ordinal()] == checks.size() ? StepOutcome.PASSED
        : counts[StepOutcome.FAILED.ordinal()] > 0 ? StepOutcome.FAILED
        : counts[StepOutcome.ERROR.ordinal()] > 0 ? StepOutcome.ERROR
        : counts[StepOutcome.NOT_GRADABLE.ordinal()] > 0 ? StepOutcome.NOT_GRADABLE
        : StepOutcome.NOT_ATTEMPTED;
    String message = outcome == StepOutcome.FAILED ? failed : outcome == StepOutcome.ERROR ? error : null;
    return new Submission.Step(id, s.path("title").asText(id), points, help, outcome, outcome.isVerdict() ? latest : null, message);
  }

  private static StepOutcome outcome(String name, String at) throws Unusable {
    for (StepOutcome o : StepOutcome.values()) {
      if (o.id().equals(name)) {
        return o;
      }
    }
    throw new Unusable("malformed grade report: " + at + ".outcome '" + name + "' is not one this dockerlab knows");
  }

  private static String text(JsonNode node, String field, String at) throws Unusable {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new Unusable("malformed grade report: " + at + "." + field + " is missing");
    }
    return v.asText();
  }

  private static Instant instant(JsonNode v, String at) throws Unusable {
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new Unusable("malformed grade report: " + at + " is not a time: " + v);
    }
  }

  /** The file's name without {@code .json}: who a version 1 report belongs to, lacking better. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
