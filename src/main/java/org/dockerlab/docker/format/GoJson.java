package org.dockerlab.docker.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON laid out the way Go writes it ({@code json.Indent}, {@code json.MarshalIndent}): one value per line,
 * {@code "key": value}, empty containers as {@code []} and {@code {}}, control characters as <code>&#92;u001b</code>;
 * like the current docker CLI it does not escape {@code < > &}. {@code docker inspect} uses four spaces,
 * config.json tabs.
 */
public final class GoJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoJson() {}

  /** The tree, indented with {@code indent} per level. */
  public static String indent(JsonNode node, String indent) {
    DefaultIndenter indenter = new DefaultIndenter(indent, "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return JSON.writer(printer).with(new GoEscapes()).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Go's string escapes: {@code \n \r \t} short, other control characters and U+2028/U+2029 as <code>&#92;u00xx</code> (lower-case hex). */
  private static final class GoEscapes extends CharacterEscapes {
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      for (int c = 0; c < 0x20; c++) {
        if (c != '\n' && c != '\r' && c != '\t') {
          ASCII[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
