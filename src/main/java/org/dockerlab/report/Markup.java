package org.dockerlab.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for text from reports (names, messages) placed in Markdown or HTML, where it must stay text. */
public final class Markup {
  private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_\\[\\]#~]");

  private Markup() {}

  /** Text as HTML element content or a quoted attribute value: markup in a learner's name shows as written. */
  public static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** A Markdown table cell: no pipes or line breaks that would end it, no HTML that would render. */
  public static String markdownCell(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }

  /** A name chosen by a person (a learner's): a table cell in which Markdown's emphasis and links stay literal too. */
  public static String markdownName(String text) {
    return MARKDOWN_PUNCTUATION.matcher(markdownCell(text)).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }
}
