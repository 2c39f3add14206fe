package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces passwords and tokens in a line with {@code ****} before the shell stores it in its history.
 * Never throws; everything but the secrets stays byte-identical.
 */
public final class SecretMasker {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final String OPERATOR_CHARS = "|;&<>";

  private SecretMasker() {}

  /** The line with its secrets masked (null stays null). */
  public static String mask(String line) {
    if (line == null || line.isEmpty()) {
      return line;
    }
    try {
      return maskOrThrow(line);
    } catch (RuntimeException | StackOverflowError e) {
      // Not expected; if it happens, keep the command name and drop the rest rather than leak a secret.
      int space = line.indexOf(' ');
      return space < 0 ? line : line.substring(0, space) + " " + MASK;
    }
  }

  /** The masking itself, with its failures visible (for the fuzz test). */
  static String maskOrThrow(String line) {
    MaskRanges ranges = new MaskRanges(line);
    MaskRules rules = new MaskRules(line, ranges);
    rules.apply(Lexer.lexTolerant(line).tokens());
    // Again on plain whitespace-separated words: quotes opened in one place and closed far away (or
    // never) must not hide a password from the first pass.
    rules.apply(plainWords(line));
    UrlCredentials.mask(line, ranges);
    return ranges.apply();
  }

  /** Whether the line holds something {@link #mask} would hide. */
  public static boolean containsSecret(String line) {
    return line != null && !line.equals(mask(line));
  }

  /** Words split at whitespace and at {@code | ; & < >}, quotes ignored. */
  private static List<Token> plainWords(String line) {
    List<Token> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int start = i;
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
        while (i < line.length() && OPERATOR_CHARS.indexOf(line.charAt(i)) >= 0) {
          i++;
        }
        String text = line.substring(start, i);
        words.add(Token.operator(plainOperator(text), text, start, i));
      } else {
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))
            && OPERATOR_CHARS.indexOf(line.charAt(i)) < 0) {
          i++;
        }
        words.add(Token.word(line.substring(start, i), start, i, false, null));
      }
    }
    return words;
  }

  private static Op plainOperator(String text) {
    return switch (text) {
      case "|" -> Op.PIPE;
      case ">" -> Op.OUT;
      case ">>" -> Op.APPEND;
      case "<" -> Op.IN;
      case "<<", "<<<" -> Op.OTHER_REDIRECT;
      default -> Op.SEMI;
    };
  }
}
