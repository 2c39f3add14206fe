package org.dockerlab.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckTypes;
import org.dockerlab.setup.SetupTypes;

/** Turns Jackson's errors into one line a lesson author reads: the field path and what is wrong with it. */
final class MappingProblems {
  /** Constructor messages start with the field they are about: {@code "path: must be ..."}. */
  private static final Pattern FIELD_MESSAGE = Pattern.compile("([A-Za-z][\\w-]*(?:\\[\\d+\\])?): (.*)", Pattern.DOTALL);
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '(\\w+)'");
  private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[\\w$]+\\.)*([\\w$]+)(<[^`]*>)?`");

  private MappingProblems() {}

  static Problem from(String file, JsonProcessingException e, YamlLines lines) {
    int fallbackLine = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    if (!(e instanceof JsonMappingException m)) {
      return new Problem(file, fallbackLine, "", "not valid YAML: " + firstLine(e.getOriginalMessage()));
    }
    String path = YamlLines.path(m.getPath());
    String field = path;
    String message;
    Throwable cause = m.getCause();
    if (e instanceof UnrecognizedPropertyException u) {
      message = "unknown field" + known(u.getKnownPropertyIds());
    } else if (e instanceof InvalidTypeIdException t) {
      boolean check = t.getBaseType() != null && t.getBaseType().isTypeOrSubTypeOf(Check.class);
      field = YamlLines.child(path, check ? "type" : "action");
      message = t.getTypeId() == null
          ? "is required" + known(check ? CheckTypes.all().keySet() : SetupTypes.all().keySet())
          : check ? unknownCheckType(t.getTypeId()) : "unknown action " + t.getTypeId() + known(SetupTypes.all().keySet());
    } else if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
      Matcher fm = FIELD_MESSAGE.matcher(Objects.toString(cause.getMessage(), "is invalid"));
      if (fm.matches()) {
        field = YamlLines.child(path, fm.group(1));
        message = fm.group(2);
      } else {
        message = Objects.toString(cause.getMessage(), "is invalid");
      }
    } else if (e instanceof MismatchedInputException && MISSING.matcher(m.getOriginalMessage()).find()) {
      Matcher mm = MISSING.matcher(m.getOriginalMessage());
      mm.find();
      field = YamlLines.child(path, mm.group(1));
      message = "is required";
    } else if (m.getOriginalMessage().startsWith("Cannot deserialize value of type `java.lang.String` from Object value")) {
      message = "expected text, found a mapping: put text that contains ': ' in quotes";
    } else {
      message = simplify(firstLine(m.getOriginalMessage()));
    }
    return new Problem(file, lines.lineOf(field, fallbackLine), field, message);
  }

  static String unknownCheckType(String type) {
    return "unknown check type " + type + known(CheckTypes.all().keySet());
  }

  private static String known(Collection<?> names) {
    return names.isEmpty() ? "" : " (known: " + String.join(", ", names.stream().map(String::valueOf).sorted().toList()) + ")";
  }

  /** {@code `java.util.ArrayList<java.lang.String>`} reads as {@code ArrayList}: authors write YAML, not Java. */
  private static String simplify(String message) {
    String s = JAVA_TYPE.matcher(message).replaceAll("$1");
    return s.replace("ArrayList", "a list").replace("from String value", "from text")
        .replace("(token JsonToken.", "(").replace("START_OBJECT)", "a mapping)").replace("VALUE_STRING)", "text)");
  }

  private static String firstLine(String s) {
    String text = s == null ? "" : s.strip();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
