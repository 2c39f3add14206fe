package org.dockerlab.shell;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line as it is typed: {@code docker} and its known subcommands, flags, quoted strings and
 * shell operators; an unknown docker subcommand shows in red before Enter is pressed.
 */
public final class LabHighlighter implements Highlighter {
  private static final Pattern TOKEN = Pattern.compile("'[^']*'?|\"(?:\\\\.|[^\"\\\\])*\"?|\\|\\||&&|>>|[|<>;&]|[^\\s|<>;&'\"]+|\\s+");
  private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  private static final AttributedStyle BUILTIN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle SUBCOMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
  private static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
  private static final AttributedStyle FLAG = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  private static final AttributedStyle OPERATOR = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

  private final Set<String> dockerSubcommands;
  private final Set<String> shellCommands;

  public LabHighlighter(Set<String> dockerSubcommands, Set<String> shellCommands) {
    this.dockerSubcommands = Set.copyOf(dockerSubcommands);
    this.shellCommands = Set.copyOf(shellCommands);
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    Matcher m = TOKEN.matcher(buffer);
    int wordInCommand = 0;
    boolean docker = false;
    int end = 0;
    while (m.find()) {
      String t = m.group();
      end = m.end();
      if (t.isBlank()) {
        sb.append(t);
        continue;
      }
      AttributedStyle style = AttributedStyle.DEFAULT;
      if (t.matches("\\|\\||&&|>>|[|<>;&]")) {
        style = OPERATOR;
        if (!t.equals(">") && !t.equals(">>") && !t.equals("<")) {
          wordInCommand = -1;
        }
      } else if (wordInCommand == 0) {
        docker = t.equals("docker");
        style = docker ? COMMAND : shellCommands.contains(t) ? BUILTIN : AttributedStyle.DEFAULT;
      } else if (t.startsWith("'") || t.startsWith("\"")) {
        style = STRING;
      } else if (t.startsWith("-")) {
        style = FLAG;
      } else if (docker && wordInCommand == 1) {
        style = dockerSubcommands.contains(t) || t.equals("image") || t.equals("container") ? SUBCOMMAND : UNKNOWN;
      }
      sb.styled(style, t);
      wordInCommand++;
    }
    if (end < buffer.length()) {
      sb.append(buffer.substring(end));
    }
    return sb.toAttributedString();
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
