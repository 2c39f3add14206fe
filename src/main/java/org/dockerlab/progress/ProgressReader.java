package org.dockerlab.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * progress.json read with Jackson's streaming parser, in the form {@link ProgressStore} writes it. It is
 * the quick way in: Jackson's object mapper costs 0.1-0.2 s to start (introspecting the records, the
 * java.time module), which every shell paid before its first prompt. Strict on purpose: anything not in
 * the written form (a number where a string belongs, a date not in ISO form ending in Z, a null where a
 * value belongs) gives no answer, and the store reads the file with the object mapper as before, which
 * decides whether it is corrupt. Unknown fields are skipped, as the mapper skips them.
 */
final class ProgressReader {
  private static final JsonFactory JSON = new JsonFactory();

  private ProgressReader() {}

  /** The progress in these bytes, or empty when they are not in the form the store writes. */
  static Optional<Progress> read(byte[] bytes) {
    try (JsonParser p = JSON.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Progress progress = progress(p);
      return p.nextToken() == null ? Optional.of(progress) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Progress progress(JsonParser p) throws IOException {
    int schemaVersion = 0;
    String learner = null;
    Progress.Position current = null;
    Map<String, Map<String, StepProgress>> lessons = null;
    for (String field = field(p); field != null; field = field(p)) {
      switch (field) {
        case "schemaVersion" -> schemaVersion = integer(p);
        case "learner" -> learner = text(p);
        case "current" -> current = nullOr(p, ProgressReader::position);
        case "lessons" -> lessons = nullOr(p, ProgressReader::lessons);
        default -> p.skipChildren();
      }
    }
    return new Progress(schemaVersion, learner, current, lessons);
  }

  private static Progress.Position position(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String lesson = null;
    int step = 0;
    for (String field = field(p); field != null; field = field(p)) {
      switch (field) {
        case "lesson" -> lesson = text(p);
        case "step" -> step = integer(p);
        default -> p.skipChildren();
      }
    }
    return new Progress.Position(lesson, step);
  }

  private static Map<String, Map<String, StepProgress>> lessons(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, Map<String, StepProgress>> lessons = new LinkedHashMap<>();
    for (String lesson = field(p); lesson != null; lesson = field(p)) {
      expect(p, JsonToken.START_OBJECT);
      Map<String, StepProgress> steps = new LinkedHashMap<>();
      for (String step = field(p); step != null; step = field(p)) {
        steps.put(step, step(p));
      }
      lessons.put(lesson, steps);
    }
    return lessons;
  }

  private static StepProgress step(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    StepProgress.Status status = null;
    Instant first = null;
    Instant last = null;
    int checksRun = 0;
    int hintsUsed = 0;
    boolean solutionRevealed = false;
    Verdict verdict = null;
    Integer quizAttempts = null;
    for (String field = field(p); field != null; field = field(p)) {
      switch (field) {
        case "status" -> status = nullOr(p, q -> StepProgress.Status.valueOf(text(q)));
        case "firstAttempt" -> first = instant(p);
        case "lastAttempt" -> last = instant(p);
        case "checksRun" -> checksRun = integer(p);
        case "hintsUsed" -> hintsUsed = integer(p);
        case "solutionRevealed" -> solutionRevealed = bool(p);
        case "verdict" -> verdict = nullOr(p, ProgressReader::verdict);
        case "quizAttempts" -> quizAttempts = nullOr(p, ProgressReader::integer);
        default -> p.skipChildren();
      }
    }
    return new StepProgress(status, first, last, checksRun, hintsUsed, solutionRevealed, verdict, quizAttempts);
  }

  private static Verdict verdict(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Instant at = null;
    List<Verdict.CheckRecord> checks = null;
    for (String field = field(p); field != null; field = field(p)) {
      switch (field) {
        case "at" -> at = instant(p);
        case "checks" -> checks = nullOr(p, ProgressReader::checks);
        default -> p.skipChildren();
      }
    }
    return new Verdict(at, checks);
  }

  private static List<Verdict.CheckRecord> checks(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<Verdict.CheckRecord> checks = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String check = null;
      String status = null;
      String message = null;
      Map<String, String> evidence = null;
      for (String field = field(p); field != null; field = field(p)) {
        switch (field) {
          case "check" -> check = text(p);
          case "status" -> status = text(p);
          case "message" -> message = text(p);
          case "evidence" -> evidence = nullOr(p, ProgressReader::strings);
          default -> p.skipChildren();
        }
      }
      checks.add(new Verdict.CheckRecord(check, status, message, evidence));
    }
    expect(p, JsonToken.END_ARRAY);
    return checks;
  }

  private static Map<String, String> strings(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, String> out = new LinkedHashMap<>();
    for (String key = field(p); key != null; key = field(p)) {
      expect(p, JsonToken.VALUE_STRING);
      out.put(key, p.getText());
    }
    return out;
  }

  /** The next field of the object being read, with the parser on its value; null at the object's end. */
  private static String field(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  /** Reads one value of a parser. */
  private interface Value<T> {
    T read(JsonParser p) throws IOException;
  }

  /** Null for a JSON null, else the value as {@code value} reads it. */
  private static <T> T nullOr(JsonParser p, Value<T> value) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : value.read(p);
  }

  private static String text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static int integer(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getIntValue();
  }

  private static boolean bool(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
      throw new JsonParseException(p, "not a boolean");
    }
    return p.getBooleanValue();
  }

  /** An instant as the store writes it: ISO-8601 in UTC ({@code 2026-12-03T10:00:00.123Z}), or null. */
  private static Instant instant(JsonParser p) throws IOException {
    String text = text(p);
    if (text == null) {
      return null;
    }
    if (!text.endsWith("Z")) {
      throw new JsonParseException(p, "not an instant in UTC: " + text);
    }
    return Instant.parse(text);
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new JsonParseException(p, "expected " + token + ", found " + p.currentToken());
    }
  }
}
