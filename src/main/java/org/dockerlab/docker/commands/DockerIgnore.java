package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore}, as the docker CLI reads them: one per line, {@code #} comments,
 * Go's {@code filepath.Match} wildcards plus {@code **} for any number of directories, {@code !} for an
 * exception; the last matching pattern decides, and a pattern that matches a directory matches what is in it.
 */
final class DockerIgnore {
  private record Rule(Pattern pattern, boolean exception) {}

  private final List<Rule> rules = new ArrayList<>();

  DockerIgnore(String text) {
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean exception = line.startsWith("!");
      if (exception) {
        line = line.substring(1).strip();
      }
      line = clean(line);
      if (!line.isEmpty()) {
        rules.add(new Rule(Pattern.compile(regex(line)), exception));
      }
    }
  }

  /** Whether the path (relative to the context, with {@code /}) is left out of the context. */
  boolean excludes(String path) {
    boolean excluded = false;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path)) {
        excluded = !rule.exception();
      }
    }
    return excluded;
  }

  private static boolean matches(Pattern pattern, String path) {
    if (pattern.matcher(path).matches()) {
      return true;
    }
    // a pattern naming a directory covers everything under it
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (pattern.matcher(path.substring(0, slash)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.replace('\\', '/').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty()) {
        parts.remove(parts.size() - 1);
      } else if (!part.equals("..")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private static String regex(String pattern) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i++;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
          i++;
          re.append("(?:.*/)?");
        } else {
          re.append(".*");
        }
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int end = pattern.indexOf(']', i + 1);
        if (end < 0) {
          re.append("\\[");
        } else {
          String cls = pattern.substring(i + 1, end);
          re.append('[').append(cls.startsWith("^") ? "^" + Pattern.quote(cls.substring(1)).replace("\\Q", "").replace("\\E", "") : cls).append(']');
          i = end;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
