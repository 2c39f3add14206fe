package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code type: quiz}: the learner answered a question with the shell's {@code answer ID TEXT}.
 *
 * <pre>
 * - type: quiz
 *   id: registry-port
 *   question: Which port does registry:2 listen on inside its container?
 *   answers: ["5000"]          # accepted answers, case-insensitive, trimmed
 *   explanation: The registry image listens on 5000; -p chooses the host side.
 * </pre>
 */
public record QuizCheck(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "question", required = true) String question,
    @JsonProperty(value = "answers", required = true) List<String> answers,
    @JsonProperty("explanation") String explanation) implements Check {

  public QuizCheck {
    if (id == null || !id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("id: lowercase letters, digits and '-', e.g. registry-port, not '" + id + "'");
    }
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("question: the question is required");
    }
    if (answers == null || answers.isEmpty() || answers.stream().anyMatch(a -> a == null || a.isBlank())) {
      throw new IllegalArgumentException("answers: at least one accepted answer is required, none blank");
    }
    answers = List.copyOf(answers);
  }

  @Override
  public String describe() {
    return "answer: " + question;
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    String given = ctx.answers().get(id);
    if (given == null || given.isBlank()) {
      return CheckResult.failed("answer the question with: answer " + id + " YOUR ANSWER", "an answer to " + id, "no answer yet");
    }
    String normalised = normalise(given);
    if (answers.stream().map(QuizCheck::normalise).noneMatch(normalised::equals)) {
      return CheckResult.failed("'" + given.strip() + "' is not the answer: read the step again and answer once more", "the right answer", given.strip());
    }
    return CheckResult.passed(explanation == null ? "right" : "right: " + explanation, Map.of("answer", given.strip()));
  }

  private static String normalise(String answer) {
    return answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
