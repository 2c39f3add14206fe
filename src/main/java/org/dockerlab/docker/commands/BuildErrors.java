package org.dockerlab.docker.commands;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The classic builder's errors in its own words, with a hint a beginner can act on. */
final class BuildErrors {
  private static final Pattern UNKNOWN = Pattern.compile("(?i)unknown instruction: (\\S+)");

  private BuildErrors() {}

  static String explain(String words) {
    String hint = hint(words);
    return hint == null ? words : words + " (hint: " + hint + ")";
  }

  private static String hint(String words) {
    Matcher unknown = UNKNOWN.matcher(words);
    if (unknown.find()) {
      return "check the spelling of " + unknown.group(1) + "; instructions are FROM, RUN, COPY, ADD, CMD, ENTRYPOINT, ENV, ARG,"
          + " WORKDIR, EXPOSE, LABEL, USER, VOLUME, HEALTHCHECK, STOPSIGNAL, SHELL, ONBUILD";
    }
    String lower = words.toLowerCase(Locale.ROOT);
    if (lower.contains("pull access denied") || lower.contains("repository does not exist") || lower.contains("manifest unknown")
        || lower.contains("not found: manifest") || (lower.contains("no such host") && lower.contains("registry"))
        || lower.contains("dial tcp") || lower.contains("i/o timeout")) {
      return "the lab works offline: FROM must name an image 'docker images' lists, such as busybox";
    }
    if (lower.contains("returned a non-zero code")) {
      return "a RUN step failed; the lines above it say why";
    }
    if ((lower.contains("copy failed") || lower.contains("add failed")) && (lower.contains("no such file") || lower.contains("not found"))) {
      return "COPY and ADD take paths inside the build context (the directory given to docker build); check that .dockerignore does not leave the file out";
    }
    if (lower.contains("no build stage") || lower.contains("file with no instructions") || lower.contains("first instruction")) {
      return "a Dockerfile starts with FROM (for example: FROM busybox)";
    }
    if (lower.contains("dockerfile parse error")) {
      return "the line named above is not a Dockerfile instruction as written";
    }
    return null;
  }
}
