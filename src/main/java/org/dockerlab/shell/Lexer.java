package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a line into POSIX-shell-like words and operators, removing quotes and expanding {@code ~},
 * {@code $VAR} and {@code ${VAR}}. Offsets into the line are kept so that the parser can hand the
 * system shell the verbatim text and the masker can replace exact ranges.
 */
final class Lexer {
  private static final String OPERATOR_CHARS = "|&;<>()";
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern WITH_DEFAULT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(:?)-(.*)", Pattern.DOTALL);
  private static final String SPECIAL_PARAMETERS = "?$#!@*-0123456789";

  /**
   * A tolerant lexing.
   *
   * @param unclosed what was left open ({@code unclosed single quote}, {@code unclosed $(}...), or null
   */
  record Lexed(List<Token> tokens, String unclosed) {
    boolean unbalanced() {
      return unclosed != null;
    }

    /** A quote left open: the line goes on on the next one, as in sh. */
    boolean quoteOpen() {
      return unclosed != null && unclosed.endsWith(" quote");
    }
  }

  private final String line;
  private final Map<String, String> env;
  private final Path home;
  private final boolean strict;
  private final Set<String> textCommands;
  private final List<Token> tokens = new ArrayList<>();
  // Whether the next word is a command's name (at the start, or after ; && || | & or a newline).
  private boolean commandPosition = true;
  // Inside a text command's arguments: ( and ) are characters, and a lone ' is an apostrophe.
  private boolean text;
  private int pos;
  private String unclosed;

  // The word being read: fields already split off by unquoted expansions, and the current one.
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();
  private boolean fieldQuoted;
  private boolean wordQuoted;
  private String problem;

  private Lexer(String line, Map<String, String> env, Path home, boolean strict, Set<String> textCommands) {
    this.line = line;
    this.env = env == null ? Map.of() : env;
    this.home = home;
    this.strict = strict;
    this.textCommands = textCommands == null ? Set.of() : textCommands;
  }

  /** Lexes a line for running it; throws {@link Refusal} on an unclosed quote. */
  static List<Token> lex(String line, Map<String, String> env, Path home) {
    return lex(line, env, home, Set.of());
  }

  /**
   * Lexes a line for running it; throws {@link Refusal} on an unclosed quote.
   *
   * @param textCommands commands whose arguments are a person's words, such as {@code answer c)}: there
   *     {@code (} and {@code )} are characters and an apostrophe with no closing quote is kept as typed;
   *     {@code ; && || | & < >} still end or redirect the command
   */
  static List<Token> lex(String line, Map<String, String> env, Path home, Set<String> textCommands) {
    Lexer lexer = new Lexer(line, env, home, true, textCommands);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  /** Never throws: an unclosed quote runs to the end of the line. Nothing is expanded. */
  static Lexed lexTolerant(String line) {
    return lexTolerant(line, Set.of());
  }

  /** As {@link #lexTolerant(String)}, with the arguments of {@code textCommands} read as text (see {@link #lex(String, Map, Path, Set)}). */
  static Lexed lexTolerant(String line, Set<String> textCommands) {
    Lexer lexer = new Lexer(line, Map.of(), null, false, textCommands);
    lexer.run();
    return new Lexed(List.copyOf(lexer.tokens), lexer.unclosed);
  }

  private void run() {
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == '\n') {
        tokens.add(Token.operator(Op.SEMI, "\n", pos, pos + 1));
        pos++;
        commandPosition = true;
        text = false;
      } else if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '#') {
        return; // a comment runs to the end of the line
      } else if ((text && (c == '(' || c == ')')) || !readOperator()) {
        readWord();
      }
    }
  }

  private boolean readOperator() {
    int start = pos;
    int digits = pos;
    while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > pos && digits < line.length() && "<>".indexOf(line.charAt(digits)) >= 0) {
      String fd = line.substring(pos, digits);
      pos = digits;
      addOperator(withDescriptor(fd, redirect()), start);
      return true;
    }
    char c = line.charAt(pos);
    Op op;
    switch (c) {
      case '|' -> op = twice('|') ? Op.OR : Op.PIPE;
      case '&' -> op = twice('&') ? Op.AND : Op.AMP;
      case ';' -> op = Op.SEMI;
      case '(' -> op = Op.OPEN_PAREN;
      case ')' -> op = Op.CLOSE_PAREN;
      case '<', '>' -> {
        addOperator(redirect(), start);
        return true;
      }
      default -> {
        return false;
      }
    }
    pos += op.symbol().length();
    addOperator(op, start);
    return true;
  }

  private boolean twice(char c) {
    return pos + 1 < line.length() && line.charAt(pos + 1) == c;
  }

  private void addOperator(Op op, int start) {
    tokens.add(Token.operator(op, line.substring(start, pos), start, pos));
    if (op == Op.SEMI || op == Op.AND || op == Op.OR || op == Op.PIPE || op == Op.AMP || op == Op.OPEN_PAREN) {
      commandPosition = true;
      text = false;
    }
  }

  /** Reads a redirection operator at {@code pos} (which is {@code <} or {@code >}). */
  private Op redirect() {
    for (String other : new String[] {"<<<", "<<-", "<<", "<&", "<>", ">&"}) {
      if (line.startsWith(other, pos)) {
        pos += other.length();
        return Op.OTHER_REDIRECT;
      }
    }
    if (line.startsWith(">>", pos)) {
      pos += 2;
      return Op.APPEND;
    }
    if (line.startsWith(">|", pos)) {
      pos += 2;
      return Op.OUT;
    }
    pos++;
    return line.charAt(pos - 1) == '>' ? Op.OUT : Op.IN;
  }

  private Op withDescriptor(String fd, Op op) {
    boolean dupToOut = op == Op.OTHER_REDIRECT && line.startsWith(">&", pos - 2) && line.startsWith("1", pos)
        && (pos + 1 == line.length() || isDelimiter(line.charAt(pos + 1)));
    switch (fd) {
      case "0":
        return op == Op.IN ? Op.IN : Op.OTHER_REDIRECT;
      case "1":
        return op == Op.OUT || op == Op.APPEND ? op : Op.OTHER_REDIRECT;
      case "2":
        if (dupToOut) {
          pos++;
          return Op.ERR_TO_OUT;
        }
        return op == Op.OUT ? Op.ERR_OUT : op == Op.APPEND ? Op.ERR_APPEND : Op.OTHER_REDIRECT;
      default:
        return Op.OTHER_REDIRECT;
    }
  }

  private static boolean isDelimiter(char c) {
    return c == ' ' || c == '\t' || c == '\n' || OPERATOR_CHARS.indexOf(c) >= 0;
  }

  private boolean endsWord(char c) {
    return isDelimiter(c) && !(text && (c == '(' || c == ')'));
  }

  private void readWord() {
    int start = pos;
    fields.clear();
    field.setLength(0);
    fieldQuoted = false;
    wordQuoted = false;
    problem = null;
    boolean expandedOnly = true;
    while (pos < line.length() && !endsWord(line.charAt(pos))) {
      char c = line.charAt(pos);
      if (c == '\'' && text && line.indexOf('\'', pos + 1) < 0) {
        field.append(c); // an apostrophe: answer the image's digest
        pos++;
      } else if (c == '\'') {
        quoted();
        singleQuoted();
      } else if (c == '"') {
        quoted();
        doubleQuoted();
      } else if (c == '\\') {
        quoted();
        backslash();
      } else if (c == '$') {
        dollar(false);
        continue;
      } else if (c == '`') {
        backquoted();
      } else if (c == '~' && pos == start && home != null
          && (pos + 1 == line.length() || line.charAt(pos + 1) == '/' || isDelimiter(line.charAt(pos + 1)))) {
        field.append(home);
        pos++;
      } else {
        field.append(c);
        pos++;
      }
      expandedOnly = false;
    }
    // An unquoted expansion to nothing leaves no word at all, as in sh: docker $UNSET images.
    if (field.length() > 0 || fieldQuoted || (!expandedOnly && fields.isEmpty())) {
      fields.add(field.toString());
    }
    for (String f : fields) {
      tokens.add(Token.word(f, start, pos, wordQuoted, problem));
    }
    boolean redirectTarget = !fields.isEmpty() && tokens.size() > fields.size() && !tokens.get(tokens.size() - fields.size() - 1).isWord()
        && tokens.get(tokens.size() - fields.size() - 1).op().takesTarget();
    if (commandPosition && !fields.isEmpty() && !redirectTarget && !(tokens.size() == 1 && line.substring(start, pos).equals("$"))) {
      commandPosition = false; // a typed prompt "$ " leaves the next word the command
      text = !wordQuoted && fields.size() == 1 && textCommands.contains(fields.get(0));
    }
  }

  private void quoted() {
    fieldQuoted = true;
    wordQuoted = true;
  }

  private void singleQuoted() {
    int close = line.indexOf('\'', pos + 1);
    if (close < 0) {
      unclosed("unclosed single quote", pos);
      return;
    }
    field.append(line, pos + 1, close);
    pos = close + 1;
  }

  private void doubleQuoted() {
    int open = pos++;
    int kept = field.length();
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(pos + 1)) >= 0) {
        if (line.charAt(pos + 1) != '\n') {
          field.append(line.charAt(pos + 1));
        }
        pos += 2;
      } else if (c == '$') {
        dollar(true);
      } else if (c == '`') {
        backquoted();
      } else {
        field.append(c);
        pos++;
      }
    }
    field.setLength(kept); // an unclosed quote runs to the end of the line as typed, read once
    unclosed("unclosed double quote", open);
  }

  private void backslash() {
    if (pos + 1 >= line.length()) {
      field.append('\\'); // sh -c keeps a final backslash literally
      pos++;
      return;
    }
    if (line.charAt(pos + 1) != '\n') {
      field.append(line.charAt(pos + 1));
    }
    pos += 2;
  }

  private void dollar(boolean inQuotes) {
    int open = pos;
    char next = pos + 1 < line.length() ? line.charAt(pos + 1) : ' ';
    if (next == '{') {
      int close = line.indexOf('}', pos + 2);
      if (close < 0) {
        unclosed("unclosed ${", open);
        return;
      }
      expand(braced(line.substring(pos + 2, close)), inQuotes);
      pos = close + 1;
    } else if (next == '(') {
      int close = closingParen(pos + 2);
      if (close < 0) {
        unclosed("unclosed $(", open);
        return;
      }
      substitution(line.substring(open, close + 1));
      pos = close + 1;
    } else if (Character.isLetter(next) && next < 128 || next == '_') {
      int end = pos + 1;
      while (end < line.length() && isNameChar(line.charAt(end))) {
        end++;
      }
      expand(env.getOrDefault(line.substring(pos + 1, end), ""), inQuotes);
      pos = end;
    } else if (SPECIAL_PARAMETERS.indexOf(next) >= 0) {
      expand(env.getOrDefault(String.valueOf(next), ""), inQuotes);
      pos += 2;
    } else {
      field.append('$');
      pos++;
    }
  }

  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private String braced(String content) {
    if (NAME.matcher(content).matches()) {
      return env.getOrDefault(content, "");
    }
    var m = WITH_DEFAULT.matcher(content);
    if (m.matches()) {
      String value = env.get(m.group(1));
      boolean useDefault = value == null || (!m.group(2).isEmpty() && value.isEmpty());
      return useDefault ? m.group(3) : value;
    }
    problem = "the expansion ${" + content + "}";
    return "${" + content + "}";
  }

  private void expand(String value, boolean inQuotes) {
    if (inQuotes) {
      field.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        if (field.length() > 0 || fieldQuoted) {
          fields.add(field.toString());
          field.setLength(0);
          fieldQuoted = false;
        }
      } else {
        field.append(c);
      }
    }
  }

  /** Offset of the parenthesis closing a {@code $(} whose content starts at {@code from}, or -1. */
  private int closingParen(int from) {
    int depth = 1;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"') {
        int close = line.indexOf(c, i + 1);
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private void backquoted() {
    int close = pos + 1;
    while (close < line.length() && line.charAt(close) != '`') {
      close += line.charAt(close) == '\\' ? 2 : 1;
    }
    if (close >= line.length()) {
      unclosed("unclosed backquote", pos);
      return;
    }
    substitution(line.substring(pos, close + 1));
    pos = close + 1;
  }

  /**
   * {@code $(pwd)} and {@code `pwd`} are so common in docker docs ({@code -v "$(pwd)/auth:/auth"}) that
   * they are expanded from PWD; any other command substitution is refused, as the lab cannot run it.
   */
  private void substitution(String raw) {
    String inner = raw.startsWith("$(") ? raw.substring(2, raw.length() - 1) : raw.substring(1, raw.length() - 1);
    if (inner.trim().equals("pwd") && env.containsKey("PWD")) {
      field.append(env.get("PWD"));
      return;
    }
    field.append(raw);
    problem = "the command substitution " + raw;
  }

  private void unclosed(String message, int offset) {
    if (strict) {
      throw new Refusal(message, offset);
    }
    unclosed = message;
    field.append(line, Math.min(offset + 1, line.length()), line.length());
    pos = line.length();
  }
}
