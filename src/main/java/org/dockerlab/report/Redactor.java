package org.dockerlab.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of report text, whatever a check put in its message or evidence: {@code auth} values,
 * base64 of {@code user:pass}, what follows {@code -p} / {@code --password}, the password of
 * {@code -u user:pass}, of a URL and of {@code htpasswd -b}. Reports are handed to teachers and CI, so
 * a false alarm (a masked word) is cheaper than a leak.
 */
public final class Redactor {
  public static final String MASK = "****";

  private static final Set<String> SECRET_KEYS = Set.of("auth", "password", "passwd", "secret", "token", "identitytoken", "registrytoken");
  private static final Pattern QUOTED_KEY =
      Pattern.compile("(\"(?:auth|password|passwd|secret|identitytoken|registrytoken)\"\\s*:\\s*\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_KEY =
      Pattern.compile("(\\b(?:auth|password|passwd|identitytoken|registrytoken)\\s*[=:]\\s*)([^\\s,;\"'}]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSWORD_FLAG = Pattern.compile("(?<=^|[\\s'\"])(--password|-p)(=|\\s+)([^\\s'\"]+)");
  private static final Pattern USER_FLAG = Pattern.compile("(?<=^|[\\s'\"])((?:-u|--user)(?:=|\\s+)[^\\s:'\"]+:)([^\\s'\"]+)");
  private static final Pattern URL_PASSWORD = Pattern.compile("(://[^\\s/:@]+:)([^\\s/@]+)(@)");
  private static final Pattern HTPASSWD = Pattern.compile("\\bhtpasswd\\s+-[A-Za-z]*b[A-Za-z]*((?:\\s+[^\\s|;&<>]+)+)");
  private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])");
  /** {@code docker run -p 5000:5000} publishes a port: that -p is no password. */
  private static final Pattern PORT_MAPPING = Pattern.compile("[0-9.:\\[\\]]*[0-9](/(tcp|udp|sctp))?");

  private Redactor() {}

  /** The text with its secrets replaced by {@value #MASK}; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = QUOTED_KEY.matcher(text).replaceAll(m -> q(m.group(1)) + MASK + q(m.group(3)));
    s = BARE_KEY.matcher(s).replaceAll(m -> q(m.group(1)) + MASK);
    s = passwordFlags(s);
    s = USER_FLAG.matcher(s).replaceAll(m -> q(m.group(1)) + MASK);
    s = URL_PASSWORD.matcher(s).replaceAll(m -> q(m.group(1)) + MASK + q(m.group(3)));
    s = htpasswd(s);
    return BASE64.matcher(s).replaceAll(m -> isCredentialPair(m.group()) ? MASK : q(m.group()));
  }

  /** An evidence value: masked whole when its key names a secret. */
  public static String redactValue(String key, String value) {
    if (value != null && key != null && SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
      return MASK;
    }
    return redact(value);
  }

  private static String passwordFlags(String s) {
    Matcher m = PASSWORD_FLAG.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean portOfRun = m.group(1).equals("-p") && PORT_MAPPING.matcher(m.group(3)).matches() && !loginBefore(s, m.start());
      m.appendReplacement(out, q(portOfRun ? m.group() : m.group(1) + m.group(2) + MASK));
    }
    return m.appendTail(out).toString();
  }

  /** Whether the command this {@code -p} belongs to is a login (the text since the last line or command separator). */
  private static boolean loginBefore(String s, int at) {
    int start = Math.max(Math.max(s.lastIndexOf('\n', at), s.lastIndexOf(';', at)), Math.max(s.lastIndexOf('|', at), s.lastIndexOf('&', at)));
    return s.substring(start + 1, at).toLowerCase(Locale.ROOT).contains("login");
  }

  /** {@code htpasswd -Bbn USER PASS}: the password is the last word. */
  private static String htpasswd(String s) {
    Matcher m = HTPASSWD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String words = m.group(1);
      int last = words.lastIndexOf(' ') + 1;
      String before = s.substring(m.start(), m.start(1)) + words.substring(0, last);
      m.appendReplacement(out, q(words.strip().contains(" ") ? before + MASK : m.group()));
    }
    return m.appendTail(out).toString();
  }

  /** Base64 of printable {@code user:pass}, as in config.json's {@code auth}. */
  static boolean isCredentialPair(String candidate) {
    if (candidate.length() % 4 != 0) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(candidate);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String decoded = new String(bytes, StandardCharsets.ISO_8859_1);
    int colon = decoded.indexOf(':');
    return colon > 0 && colon < decoded.length() - 1 && decoded.chars().allMatch(c -> c > 32 && c < 127);
  }

  private static String q(String literal) {
    return Matcher.quoteReplacement(literal);
  }
}
