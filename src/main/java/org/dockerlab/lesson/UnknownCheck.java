package org.dockerlab.lesson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckResult;

/**
 * Stands in for a check whose {@code type:} is not registered, so that loading goes on and the linter
 * reports every unknown type and every other problem of the file, not just the first. A lesson holding
 * one is never handed out by {@link LessonLoader#load}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class UnknownCheck implements Check {
  @Override
  public String describe() {
    return "a check of an unknown type";
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    return CheckResult.error("this check's type is unknown to this version of dockerlab");
  }
}
