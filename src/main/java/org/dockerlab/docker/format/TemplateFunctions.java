package org.dockerlab.docker.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The functions a docker {@code --format} template can call: docker's own and Go's builtins, over JSON values. */
final class TemplateFunctions {
  static final Set<String> NAMES = Set.of(
      "json", "join", "split", "lower", "upper", "title", "pad", "truncate",
      "index", "len", "printf", "print", "println", "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VERB = Pattern.compile("%([-+# 0]*)(\\d+)?(?:\\.(\\d+))?([a-zA-Z%])");

  private TemplateFunctions() {}

  /**
   * Calls a function.
   *
   * @param wholeRow the single argument is a whole list row, whose JSON the CLI writes with {@code < > &} escaped
   */
  static JsonNode call(String name, List<JsonNode> args, boolean wholeRow, String at) {
    switch (name) {
      case "json":
        count(name, args, 1, at);
        return TextNode.valueOf(json(args.get(0), wholeRow));
      case "join":
        count(name, args, 2, at);
        return TextNode.valueOf(String.join(print(args.get(1)), strings(args.get(0))));
      case "split": {
        count(name, args, 2, at);
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        String s = print(args.get(0));
        String sep = print(args.get(1));
        if (sep.isEmpty()) {
          s.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
        } else {
          for (String p : s.split(Pattern.quote(sep), -1)) {
            parts.add(p);
          }
        }
        return parts;
      }
      case "lower":
        count(name, args, 1, at);
        return TextNode.valueOf(print(args.get(0)).toLowerCase(Locale.ROOT));
      case "upper":
        count(name, args, 1, at);
        return TextNode.valueOf(print(args.get(0)).toUpperCase(Locale.ROOT));
      case "title":
        count(name, args, 1, at);
        return TextNode.valueOf(title(print(args.get(0))));
      case "pad":
        count(name, args, 3, at);
        return TextNode.valueOf(" ".repeat((int) integer(args.get(1), at)) + print(args.get(0)) + " ".repeat((int) integer(args.get(2), at)));
      case "truncate": {
        count(name, args, 2, at);
        String s = print(args.get(0));
        int n = (int) integer(args.get(1), at);
        return TextNode.valueOf(s.codePointCount(0, s.length()) > n ? s.substring(0, s.offsetByCodePoints(0, n)) : s);
      }
      case "index":
        return index(args, at);
      case "len":
        count(name, args, 1, at);
        return LongNode.valueOf(length(args.get(0), at));
      case "printf":
        if (args.isEmpty()) {
          throw GoTemplate.failed(at, "wrong number of args for printf: want at least 1 got 0");
        }
        return TextNode.valueOf(printf(print(args.get(0)), args.subList(1, args.size())));
      case "print":
        return TextNode.valueOf(sprint(args));
      case "println": {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(print(a)));
        return TextNode.valueOf(String.join(" ", parts) + "\n");
      }
      case "eq": {
        if (args.size() < 2) {
          throw GoTemplate.failed(at, "error calling eq: missing argument for comparison");
        }
        for (JsonNode other : args.subList(1, args.size())) {
          if (compare(args.get(0), other, at, false) == 0) {
            return BooleanNode.TRUE;
          }
        }
        return BooleanNode.FALSE;
      }
      case "ne":
        count(name, args, 2, at);
        return BooleanNode.valueOf(compare(args.get(0), args.get(1), at, false) != 0);
      case "lt":
        count(name, args, 2, at);
        return BooleanNode.valueOf(compare(args.get(0), args.get(1), at, true) < 0);
      case "le":
        count(name, args, 2, at);
        return BooleanNode.valueOf(compare(args.get(0), args.get(1), at, true) <= 0);
      case "gt":
        count(name, args, 2, at);
        return BooleanNode.valueOf(compare(args.get(0), args.get(1), at, true) > 0);
      case "ge":
        count(name, args, 2, at);
        return BooleanNode.valueOf(compare(args.get(0), args.get(1), at, true) >= 0);
      case "and": {
        atLeastOne(name, args, at);
        for (JsonNode a : args) {
          if (!truth(a)) {
            return a;
          }
        }
        return args.get(args.size() - 1);
      }
      case "or": {
        atLeastOne(name, args, at);
        for (JsonNode a : args) {
          if (truth(a)) {
            return a;
          }
        }
        return args.get(args.size() - 1);
      }
      case "not":
        count(name, args, 1, at);
        return BooleanNode.valueOf(!truth(args.get(0)));
      default:
        throw GoTemplate.failed(at, "function \"" + name + "\" not defined");
    }
  }

  private static void count(String name, List<JsonNode> args, int want, String at) {
    if (args.size() != want) {
      throw GoTemplate.failed(at, "wrong number of args for " + name + ": want " + want + " got " + args.size());
    }
  }

  private static void atLeastOne(String name, List<JsonNode> args, String at) {
    if (args.isEmpty()) {
      throw GoTemplate.failed(at, "wrong number of args for " + name + ": want at least 1 got 0");
    }
  }

  /** Go's truth: false, 0, nil and empty strings, lists and maps are false. */
  static boolean truth(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return !v.isEmpty();
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

  static String goType(JsonNode v) {
    if (v.isArray()) {
      return "[]interface {}";
    }
    if (v.isTextual()) {
      return "string";
    }
    if (v.isNumber()) {
      return v.isIntegralNumber() ? "int" : "float64";
    }
    if (v.isBoolean()) {
      return "bool";
    }
    return "interface {}";
  }

  // docker's json function: no HTML escaping, no trailing newline; a list row marshals itself, with escaping
  private static String json(JsonNode v, boolean escapeHtml) {
    try {
      String text = v == null || v.isMissingNode() ? "null" : JSON.writeValueAsString(v);
      return escapeHtml ? text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") : text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static List<String> strings(JsonNode v) {
    List<String> items = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(i -> items.add(print(i)));
    } else if (v != null && !v.isNull() && !v.isMissingNode()) {
      items.add(print(v));
    }
    return items;
  }

  private static String title(String s) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start && Character.isLetter(c) ? Character.toTitleCase(c) : c);
      start = !Character.isLetterOrDigit(c) && c != '_' && c != '\'';
    }
    return sb.toString();
  }

  private static long integer(JsonNode v, String at) {
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isTextual() && v.textValue().matches("-?\\d+")) {
      return Long.parseLong(v.textValue());
    }
    throw GoTemplate.failed(at, "expected integer; found " + print(v));
  }

  private static JsonNode index(List<JsonNode> args, String at) {
    if (args.isEmpty()) {
      throw GoTemplate.failed(at, "wrong number of args for index: want at least 1 got 0");
    }
    JsonNode node = args.get(0);
    for (JsonNode key : args.subList(1, args.size())) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        throw GoTemplate.failed(at, "error calling index: index of untyped nil");
      }
      if (node.isObject()) {
        JsonNode found = node.get(print(key));
        node = found == null ? MissingNode.getInstance() : found;
      } else if (node.isArray() || node.isTextual()) {
        long i = integer(key, at);
        int size = node.isArray() ? node.size() : node.textValue().length();
        if (i < 0 || i >= size) {
          throw GoTemplate.failed(at, "error calling index: index out of range: " + i);
        }
        node = node.isArray() ? node.get((int) i) : LongNode.valueOf(node.textValue().charAt((int) i));
      } else {
        throw GoTemplate.failed(at, "error calling index: can't index item of type " + goType(node));
      }
    }
    return node;
  }

  private static long length(JsonNode v, String at) {
    if (v.isTextual()) {
      return v.textValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (v.isContainerNode()) {
      return v.size();
    }
    throw GoTemplate.failed(at, "error calling len: len of type " + goType(v));
  }

  private static int compare(JsonNode a, JsonNode b, String at, boolean ordered) {
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().compareTo(b.textValue());
    }
    if (!ordered && a.isBoolean() && b.isBoolean()) {
      return a.booleanValue() == b.booleanValue() ? 0 : 1;
    }
    if (!ordered && (a.isNull() || a.isMissingNode()) && (b.isNull() || b.isMissingNode())) {
      return 0;
    }
    throw GoTemplate.failed(at, "error calling " + (ordered ? "lt" : "eq") + ": incompatible types for comparison");
  }

  // fmt.Sprint: a space between operands when neither is a string
  private static String sprint(List<JsonNode> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0 && !args.get(i).isTextual() && !args.get(i - 1).isTextual()) {
        sb.append(' ');
      }
      sb.append(print(args.get(i)));
    }
    return sb.toString();
  }

  /** fmt.Sprintf for the verbs people use in formats: %s %v %d %q %t %f %x %X %%, with flags and width. */
  static String printf(String format, List<JsonNode> args) {
    StringBuilder out = new StringBuilder();
    Matcher m = VERB.matcher(format);
    int last = 0;
    int arg = 0;
    while (m.find()) {
      out.append(format, last, m.start());
      last = m.end();
      char verb = m.group(4).charAt(0);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (arg >= args.size()) {
        out.append("%!").append(verb).append("(MISSING)");
        continue;
      }
      JsonNode v = args.get(arg++);
      String flags = m.group(1);
      String width = m.group(2) == null ? "" : m.group(2);
      String precision = m.group(3);
      String text;
      switch (verb) {
        case 'd' -> text = v.isNumber() ? Long.toString(v.longValue()) : "%!d(" + goType(v) + "=" + print(v) + ")";
        case 'f', 'g', 'e' -> text = v.isNumber()
            ? String.format(Locale.ROOT, "%" + (precision == null ? (verb == 'f' ? ".6" : "") : "." + precision) + (verb == 'g' ? "g" : String.valueOf(verb)), v.doubleValue())
            : "%!" + verb + "(" + goType(v) + "=" + print(v) + ")";
        case 'q' -> text = JSON.getNodeFactory().textNode(print(v)).toString();
        case 'x', 'X' -> {
          String hex = v.isIntegralNumber() ? Long.toHexString(v.longValue()) : hexOf(print(v));
          text = verb == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
        }
        case 't' -> text = v.isBoolean() ? print(v) : "%!t(" + goType(v) + "=" + print(v) + ")";
        default -> {
          text = print(v);
          if (precision != null && verb == 's' && text.length() > Integer.parseInt(precision)) {
            text = text.substring(0, Integer.parseInt(precision));
          }
        }
      }
      out.append(padded(text, flags, width));
    }
    out.append(format.substring(last));
    if (arg < args.size()) {
      out.append("%!(EXTRA ");
      List<String> extra = new ArrayList<>();
      args.subList(arg, args.size()).forEach(a -> extra.add(goType(a) + "=" + print(a)));
      out.append(String.join(", ", extra)).append(')');
    }
    return out.toString();
  }

  private static String padded(String text, String flags, String width) {
    if (width.isEmpty()) {
      return text;
    }
    int pad = Integer.parseInt(width) - text.codePointCount(0, text.length());
    if (pad <= 0) {
      return text;
    }
    if (flags.contains("-")) {
      return text + " ".repeat(pad);
    }
    return (flags.contains("0") ? "0" : " ").repeat(pad) + text;
  }

  private static String hexOf(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
