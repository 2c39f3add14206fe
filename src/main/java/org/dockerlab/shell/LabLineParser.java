package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a line, made by the shell's own lexer, so that what completes is what runs: the word
 * under the cursor is found inside its pipeline stage ({@code |}, {@code &&}, {@code ;} start a new
 * command), with quotes as the shell reads them. Enter on an unclosed quote continues the line, as in sh.
 */
public final class LabLineParser implements Parser {
  private final Supplier<Set<String>> textCommands;

  public LabLineParser() {
    this(Set::of);
  }

  /**
   * @param textCommands the commands whose arguments are a person's words, read as the shell's parser reads
   *     them ({@code answer the image's digest} is a whole line, not an open quote)
   */
  public LabLineParser(Supplier<Set<String>> textCommands) {
    this.textCommands = textCommands;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    Lexer.Lexed lexed = Lexer.lexTolerant(line, textCommands.get());
    if (context == ParseContext.ACCEPT_LINE && lexed.quoteOpen()) {
      throw new EOFError(-1, -1, lexed.unclosed(), "quote");
    }
    return CompletionLine.of(line, Math.max(0, Math.min(cursor, line.length())), lexed.tokens());
  }

  /** The words of the stage the cursor is in, and the word under it (empty when the cursor is between words). */
  static final class CompletionLine implements CompletingParsedLine {
    private static final String DELIMITERS = " \t\n|&;<>()";
    /** Characters a completed word gets a backslash before, as the lexer reads them. */
    private static final String SPECIAL = " \t\n'\"\\|&;<>()$`";

    private final String line;
    private final int cursor;
    private final List<Token> stage;
    private final int index;
    private final Token current;

    private CompletionLine(String line, int cursor, List<Token> stage, int index, Token current) {
      this.line = line;
      this.cursor = cursor;
      this.stage = stage;
      this.index = index;
      this.current = current;
    }

    static CompletionLine of(String line, int cursor, List<Token> tokens) {
      int from = 0;
      int to = tokens.size();
      Token current = null;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.isWord()) {
          if (current == null && t.start() <= cursor && cursor <= t.end()) {
            current = t;
          }
        } else if (endsStage(t)) {
          if (t.end() <= cursor) {
            from = i + 1;
          } else if (to == tokens.size()) {
            to = i;
          }
        }
      }
      List<Token> stage = new ArrayList<>(tokens.subList(from, Math.max(from, to)));
      if (current == null) {
        int start = start(line, cursor);
        current = Token.word(line.substring(start, cursor), start, cursor, false, null);
        int at = 0;
        while (at < stage.size() && stage.get(at).start() < cursor) {
          at++;
        }
        stage.add(at, current);
      }
      return new CompletionLine(line, cursor, List.copyOf(stage), indexOfSame(stage, current), current);
    }

    /** Where this very token stands (a record's equals would do, but its first call costs 20 ms at the first prompt). */
    private static int indexOfSame(List<Token> tokens, Token token) {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i) == token) {
          return i;
        }
      }
      return -1;
    }

    private static boolean endsStage(Token t) {
      return switch (t.op()) {
        case PIPE, AND, OR, SEMI, AMP, OPEN_PAREN, CLOSE_PAREN -> true;
        default -> false;
      };
    }

    /**
     * Where the word at the cursor starts when no token holds it: between words, the cursor itself; after
     * a word the lexer dropped (an unset {@code $VAR} expands to nothing), that word's first character.
     */
    private static int start(String line, int cursor) {
      int s = cursor;
      while (s > 0 && DELIMITERS.indexOf(line.charAt(s - 1)) < 0) {
        s--;
      }
      return s;
    }

    /** The words of this stage's command before the cursor's word: no redirections, assignments or sudo. */
    List<String> command() {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < index; i++) {
        Token t = stage.get(i);
        if (!t.isWord()) {
          if (t.op().takesTarget()) {
            i++;
          }
          continue;
        }
        boolean lead = words.isEmpty();
        if (lead && (t.text().equals("sudo") || t.text().matches("[A-Za-z_][A-Za-z0-9_]*=.*"))) {
          continue;
        }
        words.add(t.text());
      }
      return words;
    }

    /** Whether the word under the cursor is a redirection's file: {@code > my}, {@code < in}, {@code 2> err}. */
    boolean redirectTarget() {
      return index > 0 && !stage.get(index - 1).isWord() && stage.get(index - 1).op().takesTarget();
    }

    @Override
    public String word() {
      return wordText();
    }

    private String wordText() {
      String raw = line.substring(current.start(), current.end());
      return raw.indexOf('$') >= 0 || raw.indexOf('`') >= 0 ? raw : current.text();
    }

    @Override
    public int wordCursor() {
      if (cursor >= current.end()) {
        return wordText().length();
      }
      return Math.min(wordText().length(), Math.max(0, cursor - current.start()));
    }

    @Override
    public int wordIndex() {
      return index;
    }

    @Override
    public List<String> words() {
      return stage.stream().map(Token::text).toList();
    }

    @Override
    public String line() {
      return line;
    }

    @Override
    public int cursor() {
      return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      String raw = line.substring(current.start(), Math.max(current.start(), current.end()));
      if (raw.startsWith("'") || raw.startsWith("\"")) {
        char quote = raw.charAt(0);
        return quote + candidate.toString() + (complete ? String.valueOf(quote) : "");
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < candidate.length(); i++) {
        char c = candidate.charAt(i);
        if (SPECIAL.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
      return sb;
    }

    @Override
    public int rawWordCursor() {
      return cursor - current.start();
    }

    @Override
    public int rawWordLength() {
      return current.end() - current.start();
    }
  }
}
