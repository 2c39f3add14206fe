package org.dockerlab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of a YAML file starts, by its path ({@code steps[0].checks[1].path}), so that problems
 * found after loading (a duplicate id, a missing hint) still point at a line.
 */
public final class YamlLines {
  private static final YAMLFactory YAML = new YAMLFactory();
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes the text; a file that does not parse indexes as far as it goes. */
  static YamlLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        JsonStreamContext where = token.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (token == JsonToken.FIELD_NAME || where.inArray()) {
          lines.putIfAbsent(path(where.pathAsPointer()), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // the loader reports the syntax error itself
    }
    return new YamlLines(lines);
  }

  /** The line of the field, else of its nearest enclosing field, else 1. */
  public int lineOf(String path) {
    return lineOf(path, 1);
  }

  /**
   * The line of the field, else of its nearest enclosing field (a missing field is reported where its
   * mapping starts), else the fallback when the text could not be indexed at all.
   */
  public int lineOf(String path, int fallback) {
    if (lines.isEmpty()) {
      return fallback;
    }
    String p = path;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return 1;
  }

  /** {@code /steps/0/path} as {@code steps[0].path}. */
  static String path(JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      append(out, p.getMatchingProperty(), p.getMatchingIndex());
    }
    return out.toString();
  }

  /** A mapping exception's path in the same form. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      append(out, r.getFieldName(), r.getIndex());
    }
    return out.toString();
  }

  static String child(String parent, String field) {
    if (field.isEmpty()) {
      return parent;
    }
    return parent.isEmpty() || field.startsWith("[") ? parent + field : parent + "." + field;
  }

  private static void append(StringBuilder out, String property, int index) {
    if (index >= 0) {
      out.append('[').append(index).append(']');
    } else if (property != null) {
      out.append(out.length() == 0 ? "" : ".").append(property);
    }
  }
}
