package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dockerlab.docker.format.TemplateNodes.Action;
import org.dockerlab.docker.format.TemplateNodes.Field;
import org.dockerlab.docker.format.TemplateNodes.Function;
import org.dockerlab.docker.format.TemplateNodes.If;
import org.dockerlab.docker.format.TemplateNodes.Literal;
import org.dockerlab.docker.format.TemplateNodes.Nested;
import org.dockerlab.docker.format.TemplateNodes.Node;
import org.dockerlab.docker.format.TemplateNodes.Operand;
import org.dockerlab.docker.format.TemplateNodes.Pipeline;
import org.dockerlab.docker.format.TemplateNodes.Range;
import org.dockerlab.docker.format.TemplateNodes.Text;
import org.dockerlab.docker.format.TemplateNodes.Variable;
import org.dockerlab.docker.format.TemplateNodes.With;
import org.dockerlab.errors.LabException;

/**
 * Parses Go's text/template syntax: text and {@code {{actions}}} with trim markers and comments; {@code if},
 * {@code else if}, {@code else}, {@code range} (with {@code $i, $v :=}), {@code with}, {@code end};
 * pipelines of fields, variables, literals, functions and parenthesised pipelines. Errors read as Go's
 * ({@code template: :1: unexpected EOF}), one line each.
 */
final class TemplateParser {
  private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template", "block", "break", "continue");

  private final String source;
  private final Set<String> functions;
  private final List<Chunk> chunks = new ArrayList<>();
  private int next;

  /** Text, or the inside of an action with the line it starts on. */
  private record Chunk(boolean action, String text, int line) {}

  private record Token(String kind, String text, boolean spaceBefore) {}

  private TemplateParser(String source, Set<String> functions) {
    this.source = source;
    this.functions = functions;
  }

  static List<Node> parse(String source, Set<String> functions) {
    TemplateParser p = new TemplateParser(source, functions);
    p.split();
    List<Node> nodes = new ArrayList<>();
    String end = p.list(nodes);
    if (end != null) {
      throw p.error("unexpected {{" + end + "}}");
    }
    return nodes;
  }

  // --- text and actions ---

  private void split() {
    int at = 0;
    boolean trimNext = false;
    while (true) {
      int open = source.indexOf("{{", at);
      String text = source.substring(at, open < 0 ? source.length() : open);
      if (trimNext) {
        text = text.stripLeading();
      }
      if (open < 0) {
        chunks.add(new Chunk(false, text, 0));
        return;
      }
      int line = 1 + (int) source.substring(0, open).chars().filter(c -> c == '\n').count();
      int start = open + 2;
      if (source.startsWith("- ", start) || source.startsWith("-\t", start) || source.startsWith("-\n", start)) {
        text = text.stripTrailing();
        start += 2;
      }
      chunks.add(new Chunk(false, text, 0));
      int close = closing(start, line);
      String inside = source.substring(start, close);
      trimNext = inside.endsWith(" -") || inside.endsWith("\t-") || inside.endsWith("\n-");
      if (trimNext) {
        inside = inside.substring(0, inside.length() - 2);
      }
      if (!inside.strip().startsWith("/*")) {
        chunks.add(new Chunk(true, inside, line));
      } else if (!inside.strip().endsWith("*/")) {
        throw LabException.badInput("template parsing error: template: :" + line + ": unclosed comment");
      }
      at = close + 2;
    }
  }

  /** Where the action's {@code }}} is, skipping quoted text. */
  private int closing(int from, int line) {
    char quote = 0;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote != '`') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '\'') {
        quote = c;
      } else if (source.startsWith("}}", i)) {
        return i;
      }
    }
    throw LabException.badInput("template parsing error: template: :" + line + ": unclosed action");
  }

  // --- structure ---

  /** Parses nodes until {@code end} or {@code else}; returns that keyword's action text, or null at the end of input. */
  private String list(List<Node> into) {
    while (next < chunks.size()) {
      Chunk c = chunks.get(next++);
      if (!c.action()) {
        if (!c.text().isEmpty()) {
          into.add(new Text(c.text()));
        }
        continue;
      }
      List<Token> tokens = tokens(c);
      if (tokens.isEmpty()) {
        throw error(c, "missing value for command");
      }
      String first = tokens.get(0).text();
      if (tokens.get(0).kind().equals("ident") && KEYWORDS.contains(first)) {
        switch (first) {
          case "end", "else" -> {
            return c.text().strip();
          }
          case "if" -> into.add(ifNode(c, tokens.subList(1, tokens.size())));
          case "range" -> {
            Pipeline over = pipeline(c, tokens.subList(1, tokens.size()));
            List<Node> body = new ArrayList<>();
            List<Node> otherwise = new ArrayList<>();
            closeBlock(c, body, otherwise, "range");
            into.add(new Range(over, body, otherwise));
          }
          case "with" -> {
            Pipeline value = pipeline(c, tokens.subList(1, tokens.size()));
            List<Node> body = new ArrayList<>();
            List<Node> otherwise = new ArrayList<>();
            closeBlock(c, body, otherwise, "with");
            into.add(new With(value, body, otherwise));
          }
          default -> throw error(c, "{{" + first + "}} is not supported in docker formats");
        }
        continue;
      }
      into.add(new Action(pipeline(c, tokens)));
    }
    return null;
  }

  private If ifNode(Chunk c, List<Token> condition) {
    Pipeline test = pipeline(c, condition);
    List<Node> then = new ArrayList<>();
    String end = list(then);
    List<Node> otherwise = new ArrayList<>();
    if (end == null) {
      throw error(c, "unexpected EOF");
    }
    if (end.startsWith("else")) {
      String rest = end.substring(4).strip();
      if (rest.startsWith("if ") || rest.startsWith("if\t")) {
        // {{else if x}} ... is {{else}}{{if x}} ... {{end}}{{end}} sharing one end
        List<Token> tokens = tokens(new Chunk(true, rest, c.line()));
        otherwise.add(ifNode(c, tokens.subList(1, tokens.size())));
        return new If(test, then, otherwise);
      }
      String last = list(otherwise);
      if (last == null || !last.equals("end")) {
        throw error(c, last == null ? "unexpected EOF" : "expected end; found {{" + last + "}}");
      }
    }
    return new If(test, then, otherwise);
  }

  private void closeBlock(Chunk c, List<Node> body, List<Node> otherwise, String what) {
    String end = list(body);
    if (end == null) {
      throw error(c, "unexpected EOF");
    }
    if (end.equals("else")) {
      end = list(otherwise);
    }
    if (end == null || !end.equals("end")) {
      throw error(c, end == null ? "unexpected EOF" : "expected end; found {{" + end + "}} in " + what);
    }
  }

  // --- pipelines ---

  private Pipeline pipeline(Chunk c, List<Token> tokens) {
    if (tokens.isEmpty()) {
      throw error(c, "missing value for command");
    }
    List<String> variables = new ArrayList<>();
    int i = 0;
    int declare = indexOf(tokens, "declare");
    if (declare > 0) {
      for (; i < declare; i++) {
        Token t = tokens.get(i);
        if (t.kind().equals("var")) {
          variables.add(t.text());
        } else if (!t.kind().equals("comma")) {
          throw error(c, "unexpected \"" + t.text() + "\" in declaration");
        }
      }
      i = declare + 1;
    }
    List<List<Operand>> commands = new ArrayList<>();
    List<Operand> command = new ArrayList<>();
    int[] at = {i};
    while (at[0] < tokens.size()) {
      Token t = tokens.get(at[0]);
      if (t.kind().equals("pipe")) {
        if (command.isEmpty()) {
          throw error(c, "missing command before |");
        }
        commands.add(command);
        command = new ArrayList<>();
        at[0]++;
        continue;
      }
      command.add(operand(c, tokens, at));
    }
    if (command.isEmpty()) {
      throw error(c, "missing value for command");
    }
    commands.add(command);
    return new Pipeline(variables, commands, c.text().strip());
  }

  private static int indexOf(List<Token> tokens, String kind) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind().equals(kind)) {
        return i;
      }
    }
    return -1;
  }

  private Operand operand(Chunk c, List<Token> tokens, int[] at) {
    Token t = tokens.get(at[0]++);
    switch (t.kind()) {
      case "field":
        return new Field(path(t.text()), t.text());
      case "var": {
        int dot = t.text().indexOf('.');
        String name = dot < 0 ? t.text() : t.text().substring(0, dot);
        return new Variable(name, dot < 0 ? List.of() : path(t.text().substring(dot)), t.text());
      }
      case "string":
        return new Literal(TextNode.valueOf(t.text()));
      case "number":
        return new Literal(number(c, t.text()));
      case "lparen": {
        int depth = 1;
        int start = at[0];
        while (at[0] < tokens.size() && depth > 0) {
          String k = tokens.get(at[0]++).kind();
          depth += k.equals("lparen") ? 1 : k.equals("rparen") ? -1 : 0;
        }
        if (depth > 0) {
          throw error(c, "unclosed left paren");
        }
        Pipeline inner = pipeline(c, tokens.subList(start, at[0] - 1));
        List<String> path = List.of();
        if (at[0] < tokens.size() && tokens.get(at[0]).kind().equals("field") && !tokens.get(at[0]).spaceBefore()) {
          path = path(tokens.get(at[0]++).text());
        }
        return new Nested(inner, path, "(" + inner.text() + ")");
      }
      case "ident":
        switch (t.text()) {
          case "true", "false":
            return new Literal(BooleanNode.valueOf(t.text().equals("true")));
          case "nil":
            return new Literal(NullNode.getInstance());
          default:
            if (!functions.contains(t.text())) {
              throw error(c, "function \"" + t.text() + "\" not defined");
            }
            return new Function(t.text());
        }
      default:
        throw error(c, "unexpected \"" + t.text() + "\" in operand");
    }
  }

  private static List<String> path(String fields) {
    if (fields.equals(".")) {
      return List.of();
    }
    return List.copyOf(Arrays.asList(fields.substring(1).split("\\.")));
  }

  private com.fasterxml.jackson.databind.JsonNode number(Chunk c, String text) {
    try {
      if (text.matches("-?\\d+")) {
        return LongNode.valueOf(Long.parseLong(text));
      }
      if (text.matches("-?0[xX][0-9a-fA-F]+")) {
        return LongNode.valueOf(Long.decode(text));
      }
      return DoubleNode.valueOf(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw error(c, "bad number syntax: \"" + text + "\"");
    }
  }

  // --- tokens ---

  private List<Token> tokens(Chunk c) {
    String s = c.text();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    boolean space = true;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      String kind;
      String text;
      if (ch == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          char x = s.charAt(i++);
          if (x == '\\' && i < s.length()) {
            char e = s.charAt(i++);
            switch (e) {
              case 'n' -> sb.append('\n');
              case 't' -> sb.append('\t');
              case 'r' -> sb.append('\r');
              case 'u' -> {
                if (i + 4 > s.length()) {
                  throw error(c, "bad escape in string");
                }
                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              }
              default -> sb.append(e);
            }
          } else {
            sb.append(x);
          }
        }
        if (i >= s.length()) {
          throw error(c, "unterminated quoted string");
        }
        i++;
        kind = "string";
        text = sb.toString();
      } else if (ch == '`') {
        int end = s.indexOf('`', i + 1);
        if (end < 0) {
          throw error(c, "unterminated raw quoted string");
        }
        kind = "string";
        text = s.substring(i + 1, end);
        i = end + 1;
      } else if (ch == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end != i + 2) {
          throw error(c, "bad character constant");
        }
        kind = "number";
        text = Integer.toString(s.charAt(i + 1));
        i = end + 1;
      } else if (ch == '(' || ch == ')' || ch == '|' || ch == ',') {
        kind = ch == '(' ? "lparen" : ch == ')' ? "rparen" : ch == '|' ? "pipe" : "comma";
        text = String.valueOf(ch);
        i++;
      } else if (s.startsWith(":=", i)) {
        kind = "declare";
        text = ":=";
        i += 2;
      } else if (ch == '=') {
        kind = "declare";
        text = "=";
        i++;
      } else if (ch == '.' || ch == '$') {
        i++;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
          i++;
        }
        text = s.substring(start, i);
        kind = ch == '$' ? "var" : "field";
        if (text.contains("..") || (text.length() > 1 && text.endsWith("."))) {
          throw error(c, "bad field \"" + text + "\"");
        }
      } else if (Character.isDigit(ch) || ((ch == '-' || ch == '+') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        i++;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
            || ((s.charAt(i) == '-' || s.charAt(i) == '+') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')))) {
          i++;
        }
        kind = "number";
        text = s.substring(start, i);
      } else if (Character.isLetter(ch) || ch == '_') {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        kind = "ident";
        text = s.substring(start, i);
      } else {
        throw error(c, "unexpected \"" + ch + "\" in command");
      }
      tokens.add(new Token(kind, text, space));
      space = false;
    }
    return tokens;
  }

  private LabException error(String message) {
    return LabException.badInput("template parsing error: template: :1: " + message);
  }

  private LabException error(Chunk c, String message) {
    return LabException.badInput("template parsing error: template: :" + c.line() + ": " + message);
  }
}
