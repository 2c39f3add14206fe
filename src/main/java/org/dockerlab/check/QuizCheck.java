package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code type: quiz}: the learner answered a question with the shell's {@code answer}. An answer is judged
 * the moment it is given. With {@code options}, the choices are lettered a), b), c)... and an answer may be
 * the letter ({@code c}, {@code c)}, {@code (c)}) or the option's text; either way case, spaces and
 * punctuation do not matter.
 *
 * <pre>
 * - type: quiz
 *   id: why-registry
 *   question: Which is not a reason to run your own registry?
 *   options: [control where images are stored, make images smaller, own your distribution pipeline]
 *   answers: [b]                # letters of right options, or accepted free-text answers
 *   explanation: A registry stores images as they are; it does not make them smaller.
 * </pre>
 */
public record QuizCheck(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "question", required = true) String question,
    @JsonProperty("options") List<String> options,
    @JsonProperty(value = "answers", required = true) List<String> answers,
    @JsonProperty("explanation") String explanation) implements Check {
  private static final Pattern LETTER = Pattern.compile("\\(?([a-z])[).:]?");

  public QuizCheck {
    if (id == null || !id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("id: lowercase letters, digits and '-', e.g. registry-port, not '" + id + "'");
    }
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("question: the question is required");
    }
    options = options == null ? List.of() : List.copyOf(options);
    if (options.size() == 1 || options.size() > 26 || options.stream().anyMatch(o -> o == null || o.isBlank())) {
      throw new IllegalArgumentException("options: two or more choices (at most 26), none blank");
    }
    if (answers == null || answers.isEmpty() || answers.stream().anyMatch(a -> a == null || a.isBlank())) {
      throw new IllegalArgumentException("answers: at least one accepted answer is required, none blank");
    }
    answers = List.copyOf(answers);
    for (String a : answers) {
      if (!options.isEmpty() && letterOf(a, options.size()) < 0 && options.stream().noneMatch(o -> normalise(o).equals(normalise(a)))) {
        throw new IllegalArgumentException("answers: '" + a + "' is neither the letter nor the text of one of the options");
      }
    }
  }

  /** A quiz without lettered choices. */
  public QuizCheck(String id, String question, List<String> answers, String explanation) {
    this(id, question, null, answers, explanation);
  }

  @Override
  public String describe() {
    return "answer: " + question;
  }

  /** The question with its choices, one a line, as the shell shows it. */
  public String text() {
    StringBuilder s = new StringBuilder(question);
    for (int i = 0; i < options.size(); i++) {
      s.append("\n  ").append((char) ('a' + i)).append(") ").append(options.get(i));
    }
    return s.toString();
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    String given = ctx.answers().get(id);
    if (given == null || given.isBlank()) {
      return CheckResult.failed("answer the question with: answer YOUR ANSWER" + (options.isEmpty() ? "" : " (a letter, or the option's text)"),
          "an answer to " + id, "no answer yet");
    }
    return judge(given);
  }

  /** Whether this answer is right, with the explanation when it is. */
  public CheckResult judge(String given) {
    if (!accepted(given)) {
      return CheckResult.failed("'" + given.strip() + "' is not the answer: read the step again and answer once more", "the right answer", given.strip());
    }
    return CheckResult.passed(explanation == null ? "right" : "right: " + explanation.strip(), Map.of("answer", given.strip()));
  }

  private boolean accepted(String given) {
    String g = normalise(given);
    if (g.isEmpty()) {
      return false;
    }
    if (options.isEmpty()) {
      return answers.stream().map(QuizCheck::normalise).anyMatch(g::equals);
    }
    int chosen = letterOf(given, options.size());
    if (chosen < 0) {
      for (int i = 0; i < options.size() && chosen < 0; i++) {
        chosen = normalise(options.get(i)).equals(g) ? i : -1;
      }
    }
    return chosen >= 0 && rightOptions().contains(chosen);
  }

  private List<Integer> rightOptions() {
    List<Integer> right = new ArrayList<>();
    for (String a : answers) {
      int i = letterOf(a, options.size());
      if (i < 0) {
        for (int j = 0; j < options.size(); j++) {
          if (normalise(options.get(j)).equals(normalise(a))) {
            i = j;
          }
        }
      }
      right.add(i);
    }
    return right;
  }

  /** The option a letter answer names ({@code c}, {@code c)}, {@code (C).}), or -1. */
  private static int letterOf(String answer, int count) {
    Matcher m = LETTER.matcher(answer.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.]+$", ""));
    if (!m.matches()) {
      return -1;
    }
    int i = m.group(1).charAt(0) - 'a';
    return i < count ? i : -1;
  }

  /** Case, accents, spaces and punctuation aside: {@code The .tar.gz!} is {@code the targz}. */
  static String normalise(String answer) {
    String plain = Normalizer.normalize(answer, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").strip().replaceAll("\\s+", " ");
  }
}
