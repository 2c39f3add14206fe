package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code type: history}: the learner ran a certain command in this lesson. Only for steps that teach a
 * specific flag, since every other check looks at the world, not at keystrokes.
 *
 * <pre>
 * - type: history
 *   pattern: 'docker save .*(-o|--output)'
 *   describe: save with the -o flag
 * </pre>
 */
public record HistoryCheck(
    @JsonProperty(value = "pattern", required = true) String pattern,
    @JsonProperty(value = "describe", required = true) String describe) implements Check {

  public HistoryCheck {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("pattern: a regular expression is required, e.g. 'docker save .*-o'");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern: not a valid regular expression: " + e.getDescription());
    }
    if (describe == null || describe.isBlank()) {
      throw new IllegalArgumentException("describe: say in words what the learner should run");
    }
  }

  @Override
  public String describe() {
    return describe;
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Pattern regex = Pattern.compile(pattern);
    for (String line : ctx.history()) {
      if (regex.matcher(line).find()) {
        return CheckResult.passed("you ran: " + line, Map.of("line", line));
      }
    }
    return CheckResult.failed("not done yet in this lesson: " + describe, describe, "no such command in this lesson's history");
  }
}
