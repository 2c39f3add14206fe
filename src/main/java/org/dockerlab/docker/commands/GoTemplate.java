package org.dockerlab.docker.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.errors.LabException;

/**
 * The Go-template forms of {@code docker inspect --format} that learners copy from docs, evaluated over the
 * engine's JSON: {@code {{.A.B}}}, {@code {{json .A}}}, {@code {{index .A "key"}}}, {@code {{join .A ","}}},
 * {@code {{upper .A}}}, {@code {{lower .A}}}, with plain text around them. Values print as Go prints them
 * ({@code [a b]}, {@code map[k:v]}); a missing field prints {@code <no value>}.
 */
final class GoTemplate {
  private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
  private static final Pattern WORD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");
  private static final String SUPPORTED = "the lab supports {{.Field.Sub}}, {{json .Field}}, {{index .Field \"key\"}}, {{join .Field \",\"}}";

  private final String template;

  GoTemplate(String template) {
    this.template = template;
    render(EngineJson.MAPPER.createObjectNode()); // refuse a template the lab cannot run before asking the engine
  }

  String render(JsonNode root) {
    StringBuilder out = new StringBuilder();
    Matcher m = ACTION.matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start());
      out.append(action(m.group(1), root));
      last = m.end();
    }
    String tail = template.substring(last);
    if (tail.contains("{{")) {
      throw unsupported(tail);
    }
    return out.append(tail).toString();
  }

  private String action(String text, JsonNode root) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      throw unsupported(text);
    }
    String head = words.get(0);
    if (head.startsWith(".") && words.size() == 1) {
      return print(path(head, root, text));
    }
    if (words.size() < 2 || !words.get(1).startsWith(".")) {
      throw unsupported(text);
    }
    JsonNode value = path(words.get(1), root, text);
    List<String> args = words.subList(2, words.size());
    return switch (head) {
      case "json" -> json(value, args, text);
      case "index" -> print(index(value, args, text));
      case "join" -> join(value, args, text);
      case "upper" -> print(value).toUpperCase(Locale.ROOT);
      case "lower" -> print(value).toLowerCase(Locale.ROOT);
      default -> throw unsupported(text);
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

  private static JsonNode path(String path, JsonNode root, String text) {
    if (!path.matches("\\.|(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
      throw unsupported(text);
    }
    JsonNode node = root;
    for (String field : path.substring(1).split("\\.")) {
      if (field.isEmpty()) {
        continue;
      }
      node = node == null || !node.isObject() ? null : node.get(field);
    }
    return node;
  }

  private static String json(JsonNode value, List<String> args, String text) {
    if (!args.isEmpty()) {
      throw unsupported(text);
    }
    try {
      return value == null ? "null" : EngineJson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode index(JsonNode value, List<String> args, String text) {
    JsonNode node = value;
    for (String arg : args) {
      if (arg.startsWith("\"") && node != null && node.isObject()) {
        node = node.get(arg.substring(1));
      } else if (arg.matches("\\d+") && node != null && node.isArray()) {
        node = node.get(Integer.parseInt(arg));
      } else if (!arg.startsWith("\"") && !arg.matches("\\d+")) {
        throw unsupported(text);
      } else {
        node = null;
      }
    }
    return node;
  }

  private static String join(JsonNode value, List<String> args, String text) {
    if (args.size() != 1 || !args.get(0).startsWith("\"")) {
      throw unsupported(text);
    }
    List<String> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(v -> items.add(print(v)));
    }
    return String.join(args.get(0).substring(1), items);
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
