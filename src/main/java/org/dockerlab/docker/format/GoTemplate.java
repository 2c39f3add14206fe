package org.dockerlab.docker.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * The Go-template forms of {@code docker inspect --format} that learners copy from docs, evaluated over the
 * engine's JSON: {@code {{.A.B}}}, {@code {{json .A}}}, {@code {{index .A "key"}}}, {@code {{join .A ","}}},
 * {@code {{upper .A}}}, {@code {{lower .A}}}, with plain text around them. Values print as Go prints them
 * ({@code [a b]}, {@code map[k:v]}); a field the object lacks is an error, as in the CLI.
 */
public final class GoTemplate {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
  private static final Pattern WORD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");
  private static final Set<String> FUNCTIONS = Set.of("json", "index", "join", "upper", "lower");
  private static final String SUPPORTED = "the lab supports {{.Field.Sub}}, {{json .Field}}, {{index .Field \"key\"}}, {{join .Field \",\"}}";

  /** Literal text, or an action between braces. */
  private sealed interface Part permits Text, Action {}

  private record Text(String text) implements Part {}

  /** A function (empty for a plain field), the field path, and the literal arguments. */
  private record Action(String function, String path, List<String> args) implements Part {}

  private final List<Part> parts = new ArrayList<>();

  /** Parses the template; one the lab cannot run is refused here, before the engine is asked anything. */
  public GoTemplate(String template) {
    Matcher m = ACTION.matcher(template);
    int last = 0;
    while (m.find()) {
      parts.add(new Text(template.substring(last, m.start())));
      parts.add(parse(m.group(1)));
      last = m.end();
    }
    String tail = template.substring(last);
    if (tail.contains("{{")) {
      throw unsupported(tail);
    }
    parts.add(new Text(tail));
  }

  public String render(JsonNode root) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      out.append(part instanceof Action a ? evaluate(a, root) : ((Text) part).text());
    }
    return out.toString();
  }

  private static Action parse(String text) {
    List<String> words = words(text);
    boolean plain = words.size() == 1 && words.get(0).startsWith(".");
    boolean call = words.size() >= 2 && FUNCTIONS.contains(words.get(0)) && words.get(1).startsWith(".");
    if (!plain && !call) {
      throw unsupported(text);
    }
    String path = plain ? words.get(0) : words.get(1);
    if (!path.matches("\\.|(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
      throw unsupported(text);
    }
    List<String> args = plain ? List.of() : List.copyOf(words.subList(2, words.size()));
    String function = plain ? "" : words.get(0);
    boolean argsFit =
        switch (function) {
          case "", "json", "upper", "lower" -> args.isEmpty();
          case "join" -> args.size() == 1 && args.get(0).startsWith("\"");
          default -> args.stream().allMatch(a -> a.startsWith("\"") || a.matches("\\d+"));
        };
    if (!argsFit) {
      throw unsupported(text);
    }
    return new Action(function, path, args);
  }

  private static String evaluate(Action a, JsonNode root) {
    JsonNode value = path(a.path(), root);
    return switch (a.function()) {
      case "" -> print(value);
      case "json" -> json(value);
      case "index" -> print(index(value, a.args()));
      case "join" -> join(value, a.args().get(0).substring(1));
      case "upper" -> print(value).toUpperCase(Locale.ROOT);
      default -> print(value).toLowerCase(Locale.ROOT);
    };
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      words.add(w.group(1) != null ? "\"" + w.group(1).replace("\\\"", "\"") : w.group(2));
    }
    return words;
  }

  // like the CLI, a field the object does not have is an error, not an empty value
  private static JsonNode path(String path, JsonNode root) {
    JsonNode node = root;
    String walked = "";
    for (String field : path.substring(1).split("\\.")) {
      if (field.isEmpty()) {
        continue;
      }
      walked += "." + field;
      if (node == null || node.isNull()) {
        throw new LabException(ExitCode.FAILED, "template: executing at <" + walked + ">: nil pointer evaluating ." + field);
      }
      if (!node.isObject() || !node.has(field)) {
        throw new LabException(ExitCode.FAILED, "template: executing at <" + path + ">: map has no entry for key \"" + field + "\"");
      }
      node = node.get(field);
    }
    return node;
  }

  private static String json(JsonNode value) {
    try {
      return value == null ? "null" : JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode index(JsonNode value, List<String> args) {
    JsonNode node = value;
    for (String arg : args) {
      if (arg.startsWith("\"") && node != null && node.isObject()) {
        node = node.get(arg.substring(1));
      } else if (!arg.startsWith("\"") && node != null && node.isArray()) {
        node = node.get(Integer.parseInt(arg));
      } else {
        node = null;
      }
    }
    return node;
  }

  private static String join(JsonNode value, String separator) {
    List<String> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(v -> items.add(print(v)));
    }
    return String.join(separator, items);
  }

  /** A value as Go's text/template prints a decoded JSON value. */
  static String print(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "<no value>";
    }
    if (value.isNull()) {
      return "<nil>";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(print(v)));
      return "[" + String.join(" ", items) + "]";
    }
    if (value.isObject()) {
      TreeMap<String, String> sorted = new TreeMap<>();
      value.properties().forEach(e -> sorted.put(e.getKey(), print(e.getValue())));
      List<String> items = new ArrayList<>();
      sorted.forEach((k, v) -> items.add(k + ":" + v));
      return "map[" + String.join(" ", items) + "]";
    }
    return value.asText();
  }

  private static LabException unsupported(String text) {
    return LabException.badInput("template: unsupported action {{" + text + "}}: " + SUPPORTED);
  }
}
