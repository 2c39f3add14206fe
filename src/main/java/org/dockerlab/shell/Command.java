package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One simple command of a pipeline: its words and its redirections, with its place in the line.
 *
 * @param problem why it cannot be planned (a redirection without a file name), or null
 */
record Command(List<Token> words, List<Command.Redirect> redirects, int start, int end, boolean hasParens,
    String problem) {

  /** A redirection and its target word (null for {@code 2>&1}). */
  record Redirect(Token op, Token target) {}

  private static final Set<String> KEYWORDS = Set.of(
      "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "in",
      "select", "function", "{", "}", "!", "[[", "]]");

  static Command of(List<Token> tokens) {
    List<Token> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    boolean parens = false;
    String problem = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        words.add(t);
      } else if (t.op().takesTarget()) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
          redirects.add(new Redirect(t, tokens.get(++i)));
        } else if (problem == null) {
          problem = t.text() + " needs a file name after it";
        }
      } else if (t.op().isRedirect()) {
        redirects.add(new Redirect(t, null));
      } else {
        parens = true;
      }
    }
    Token last = tokens.get(tokens.size() - 1);
    return new Command(List.copyOf(words), List.copyOf(redirects), tokens.get(0).start(), last.end(), parens,
        problem);
  }

  /** Index of the command word: the first word that is not a {@code NAME=value} assignment. */
  int nameIndex() {
    int i = 0;
    while (i < words.size() && isAssignment(words.get(i))) {
      i++;
    }
    return i;
  }

  /** The command word, or "" for a line of assignments only. */
  String name() {
    int i = nameIndex();
    return i < words.size() ? words.get(i).text() : "";
  }

  /** The first word that is not a shell keyword, assignment or {@code sudo}: who really runs. */
  String effectiveName() {
    for (Token w : words) {
      if (!(KEYWORDS.contains(w.text()) && !w.quoted()) && !isAssignment(w) && !w.text().equals("sudo")) {
        return w.text();
      }
    }
    return "";
  }

  boolean isCompound() {
    return hasParens || (!words.isEmpty() && !words.get(0).quoted() && KEYWORDS.contains(words.get(0).text()));
  }

  boolean hasDockerName() {
    return isDocker(effectiveName());
  }

  static boolean isDocker(String word) {
    return word.equals("docker") || word.endsWith("/docker");
  }

  List<String> texts(int from) {
    return words.subList(Math.min(from, words.size()), words.size()).stream().map(Token::text).toList();
  }

  private static boolean isAssignment(Token word) {
    String text = word.text();
    int eq = text.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    for (int i = 0; i < eq; i++) {
      char c = text.charAt(i);
      boolean ok = c < 128 && (Character.isLetter(c) || c == '_' || (i > 0 && Character.isDigit(c)));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
