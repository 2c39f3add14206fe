package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON laid out as the docker CLI's {@code json.Indent(..., "", "    ")} does: four spaces, {@code "key": value},
 * empty containers as {@code []} and {@code {}}; like the current CLI it does not escape {@code < > &}.
 */
final class JsonIndent {
  private static final String INDENT = "    ";

  private JsonIndent() {}

  static String format(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb, 0);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        sb.append(INDENT.repeat(depth + 1));
        string(e.getKey(), sb);
        sb.append(": ");
        write(e.getValue(), sb, depth + 1);
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      sb.append(INDENT.repeat(depth)).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        sb.append(INDENT.repeat(depth + 1));
        write(node.get(i), sb, depth + 1);
        sb.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      sb.append(INDENT.repeat(depth)).append(']');
    } else if (node.isTextual()) {
      string(node.asText(), sb);
    } else {
      sb.append(node);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
