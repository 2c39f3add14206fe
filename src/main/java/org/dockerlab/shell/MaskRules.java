package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds the secrets in the words of each command: docker login, htpasswd -b, curl -u, assignments. */
final class MaskRules {
  private static final Pattern PASSWORD_OPTION = Pattern.compile("--(?:[a-z]+-)*(?:password|passwd|token)");
  private static final Pattern VARIABLE =
      Pattern.compile("\"?\\$(?:\\{[A-Za-z_][A-Za-z0-9_]*}|[A-Za-z_][A-Za-z0-9_]*|\\([^)]*\\))\"?");
  private static final List<String> SECRET_NAMES = List.of("PASSWORD", "PASSWD", "TOKEN", "SECRET", "API_KEY");

  private final String line;
  private final MaskRanges ranges;

  MaskRules(String line, MaskRanges ranges) {
    this.line = line;
    this.ranges = ranges;
  }

  void apply(List<Token> tokens) {
    Command previous = null;
    boolean piped = false;
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      boolean separator = t.op() != null && !t.op().isRedirect();
      if (!separator) {
        current.add(t);
        continue;
      }
      if (!current.isEmpty()) {
        Command c = Command.of(current);
        check(c, current, piped ? previous : null);
        previous = c;
        current = new ArrayList<>();
      }
      piped = t.is(Op.PIPE);
    }
    if (!current.isEmpty()) {
      check(Command.of(current), current, piped ? previous : null);
    }
  }

  private void check(Command c, List<Token> tokens, Command pipedFrom) {
    List<Token> words = c.words();
    for (int i = 0; i < words.size(); i++) {
      String text = words.get(i).text();
      assignment(words.get(i));
      if (PASSWORD_OPTION.matcher(text).matches() && i + 1 < words.size()) {
        maskWord(words.get(i + 1));
      }
      int eq = text.indexOf('=');
      if (eq > 2 && text.startsWith("--") && PASSWORD_OPTION.matcher(text.substring(0, eq)).matches()) {
        maskAfter(words.get(i), text.substring(0, eq + 1));
      }
    }
    // Redirect targets count here: in "x > docker login -p S" the line is odd but the password is real.
    dockerLogin(tokens.stream().filter(Token::isWord).toList(), c, pipedFrom);
    htpasswd(words);
    if (c.effectiveName().equals("curl")) {
      curlUser(words);
    }
  }

  private void dockerLogin(List<Token> words, Command c, Command pipedFrom) {
    int login = indexAfterDocker(words, "login");
    if (login < 0) {
      return;
    }
    boolean stdin = false;
    for (int i = login + 1; i < words.size(); i++) {
      Token w = words.get(i);
      String text = w.text();
      if (text.equals("-p") && i + 1 < words.size()) {
        maskWord(words.get(++i));
      } else if (text.startsWith("-p") && text.length() > 2) {
        maskAfter(w, "-p");
      } else if (text.equals("--password-stdin")) {
        stdin = true;
      }
    }
    if (!stdin) {
      return;
    }
    for (Command.Redirect r : c.redirects()) {
      if (r.op().text().equals("<<<") && r.target() != null) {
        maskWord(r.target());
      }
    }
    if (pipedFrom != null && List.of("echo", "printf").contains(pipedFrom.name())) {
      List<Token> echoed = pipedFrom.words();
      for (Token w : echoed.subList(pipedFrom.nameIndex() + 1, echoed.size())) {
        if (!w.text().matches("-[neE]{1,3}")) {
          maskWord(w);
        }
      }
    }
  }

  private static int indexAfterDocker(List<Token> words, String subcommand) {
    for (int d = 0; d < words.size(); d++) {
      if (Command.isDocker(words.get(d).text())) {
        for (int i = d + 1; i < words.size(); i++) {
          if (words.get(i).text().equals(subcommand)) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** With -b, htpasswd takes the password as its last argument (also inside docker run ... htpasswd). */
  private void htpasswd(List<Token> words) {
    int h = 0;
    while (h < words.size() && !isHtpasswd(words.get(h).text())) {
      h++;
    }
    boolean batch = false;
    Token last = null;
    for (int i = h + 1; i < words.size(); i++) {
      String text = words.get(i).text();
      if (text.startsWith("-") && !text.startsWith("--") && text.length() > 1) {
        batch |= text.indexOf('b') > 0;
        if (text.endsWith("C") || text.endsWith("r")) {
          i++; // -C cost, -r rounds
        }
      } else if (!text.startsWith("--")) {
        last = words.get(i);
      }
    }
    if (batch && last != null) {
      maskWord(last);
    }
  }

  private static boolean isHtpasswd(String word) {
    return word.equals("htpasswd") || (word.endsWith("/htpasswd") && word.indexOf('=') < 0 && word.indexOf(':') < 0);
  }

  private void curlUser(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Token w = words.get(i);
      String text = w.text();
      if ((text.equals("-u") || text.equals("--user")) && i + 1 < words.size()) {
        afterColon(words.get(++i), 0);
      } else if (text.startsWith("--user=")) {
        afterColon(w, w.raw(line).indexOf('=') + 1);
      } else if (text.startsWith("-u") && text.length() > 2) {
        afterColon(w, 2);
      }
    }
  }

  /** Masks what follows the first colon of user:password, from {@code from} in the word as typed. */
  private void afterColon(Token w, int from) {
    String raw = w.raw(line);
    int colon = raw.indexOf(':', Math.max(from, 0));
    if (colon >= 0) {
      maskTail(w, colon + 1);
    }
  }

  private void assignment(Token w) {
    String raw = w.raw(line);
    int eq = raw.indexOf('=');
    if (eq <= 0) {
      return;
    }
    int nameStart = raw.charAt(0) == '"' || raw.charAt(0) == '\'' ? 1 : 0;
    String name = raw.substring(nameStart, eq);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return;
    }
    // HTPASSWD names a file format, and _PATH or _FILE names where a secret lives, not the secret.
    String upper = name.toUpperCase(Locale.ROOT).replace("HTPASSWD", "");
    if (SECRET_NAMES.stream().anyMatch(upper::contains) && !upper.endsWith("_PATH") && !upper.endsWith("_FILE")) {
      maskTail(w, eq + 1);
    }
  }

  private void maskWord(Token w) {
    maskTail(w, 0);
  }

  /** Masks the value after an option glued to it (--password=S, -pS), as typed. */
  private void maskAfter(Token w, String prefix) {
    String raw = w.raw(line);
    int at = raw.indexOf(prefix);
    if (at >= 0 && at <= 1) {
      maskTail(w, at + prefix.length());
    } else {
      ranges.add(w.start(), w.end(), prefix + SecretMasker.MASK);
    }
  }

  /** Masks the word as typed from {@code from} to its end, keeping a closing quote whose opening one stays. */
  private void maskTail(Token w, int from) {
    String raw = w.raw(line);
    if (from >= raw.length() || VARIABLE.matcher(raw.substring(from)).matches()) {
      return;
    }
    int end = w.end();
    char first = raw.charAt(0);
    if (from > 0 && (first == '"' || first == '\'') && raw.length() > from + 1 && raw.endsWith(String.valueOf(first))
        && raw.indexOf(first, 1) == raw.length() - 1) {
      end--;
    }
    ranges.add(w.start() + from, end, SecretMasker.MASK);
  }
}
