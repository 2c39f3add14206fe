package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counterexamples and alternatives: how they are read, what lint asks of them, and what verify-lessons replays. */
class ReplaysTest {
  private static final String HEAD = "id: x\ntitle: T\nsummary: S\nsteps:\n";
  private static final String FILE_STEP = "  - id: a\n    title: A\n    text: t\n    checks: [{type: file, path: a}]\n    hints: [h]\n    solution: [touch a]\n";
  private static final String QUIZ_STEP = "  - id: q\n    title: Q\n    text: t\n    checks: [{type: quiz, id: q, question: 'Which?', answers: [c]}]\n"
      + "    hints: [h]\n    solution: [answer c]\n";

  private static LessonFile parse(String yaml) {
    return new LessonLoader().parse("lessons/01-x.yaml", yaml);
  }

  private static List<String> lint(String yaml) {
    return LessonLinter.lint(new Curriculum(List.of(parse(yaml)))).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void counterexamples_readAsListsOrAsMappingsWithAKnownGap() {
    LessonFile file = parse(HEAD + FILE_STEP + "    alternatives: [[echo > a], [touch ./a]]\n    counterexamples:\n      - [echo touch a]\n"
        + "      - {run: [touch b, touch c], known-gap: needs identity checks}\n");
    assertThat(file.problems()).isEmpty();
    LessonStep step = file.lesson().orElseThrow().steps().get(0);
    assertThat(step.counterexamples()).containsExactly(
        new Example(List.of("echo touch a"), null), new Example(List.of("touch b", "touch c"), "needs identity checks"));
    assertThat(step.counterexamples().get(1).isKnownGap()).isTrue();
  }

  @Test
  void badCounterexamples_nameFileLineAndField() {
    String yaml = HEAD + FILE_STEP + "    counterexamples:\n      - [echo a]\n      - {run: [], known-gap: x}\n";
    assertThat(parse(yaml).problems()).extracting(Problem::toString)
        .containsExactly("lessons/01-x.yaml:13: steps[0].counterexamples[1].run: needs at least one command");
    String blankGap = HEAD + FILE_STEP + "    counterexamples:\n      - {run: [echo a], known-gap: ' '}\n";
    assertThat(parse(blankGap).problems()).extracting(Problem::toString)
        .containsExactly("lessons/01-x.yaml:12: steps[0].counterexamples[0].known-gap: say why the checks judge it wrongly today, or leave the field out");
    String unknown = HEAD + FILE_STEP + "    counterexamples:\n      - {run: [echo a], why: x}\n";
    assertThat(parse(unknown).problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("lessons/01-x.yaml:12: steps[0].counterexamples[0].why: unknown field");
  }

  @Test
  void lint_asksForTwoOfEachPerStep_andOneForAQuiz_namingLessonAndStep() {
    List<String> found = lint(HEAD + FILE_STEP + "    alternatives: [[echo > a]]\n" + QUIZ_STEP);
    assertThat(found).containsExactlyInAnyOrder(
        "lessons/01-x.yaml:11: steps[0].alternatives: lesson x, step a: has 1 alternative; a step needs at least 2 "
            + "(other right solutions: an alias like docker image save, another option form, a pipe, 127.0.0.1)",
        "lessons/01-x.yaml:5: steps[0].counterexamples: lesson x, step a: has no counterexamples; a step needs at least 2 "
            + "(wrong solutions that must leave it failing: the command echoed or failing, the wrong file, image or registry)",
        "lessons/01-x.yaml:12: steps[1].alternatives: lesson x, step q: has no alternatives; a quiz step needs at least 1 "
            + "(another accepted form of the answer, e.g. the option's text)",
        "lessons/01-x.yaml:12: steps[1].counterexamples: lesson x, step q: has no counterexamples; a quiz step needs at least 1 "
            + "(a wrong answer that must not pass)");
    assertThat(lint(HEAD + FILE_STEP + "    alternatives: [[echo > a], [touch ./a]]\n    counterexamples: [[echo a], [touch b]]\n"
        + QUIZ_STEP + "    alternatives: [[answer c)]]\n    counterexamples: [[answer b]]\n")).isEmpty();
  }

  @Test
  void lint_refusesACounterexampleThatIsAlsoARightSolution() {
    List<String> found = lint(HEAD + FILE_STEP + "    alternatives: [[echo > a], [touch ./a]]\n    counterexamples: [[echo a], [touch ./a]]\n");
    assertThat(found).containsExactly("lessons/01-x.yaml:12: steps[0].counterexamples[1]: lesson x, step a: is also given as a right solution");
  }

  @Test
  void replays_solutionFirst_thenAlternatives_thenCounterexamples() {
    LessonStep step = parse(HEAD + FILE_STEP + "    alternatives: [[echo > a], [touch ./a]]\n"
        + "    counterexamples: [[echo a], {run: [touch b], known-gap: g}]\n").lesson().orElseThrow().steps().get(0);
    List<Replays.Replay> replays = Replays.of(step);
    assertThat(replays).extracting(Replays.Replay::label).containsExactly("solution", "alt 1", "alt 2", "wrong 1", "wrong 2");
    assertThat(replays).extracting(Replays.Replay::mustPass).containsExactly(true, true, true, false, false);
    assertThat(replays.get(4).knownGap()).isEqualTo("g");
    assertThat(replays.get(1).shown()).isEqualTo("echo > a");
    assertThat(Replays.inSession(step)).as("a file step may change the world: each replay starts afresh").isFalse();
  }

  @Test
  void aQuizStepThatOnlyAnswers_replaysInOneSession_butNotWhenAReplayRunsACommand() {
    LessonStep quiz = parse(HEAD + QUIZ_STEP + "    alternatives: [[answer c)]]\n    counterexamples: [[answer b]]\n").lesson().orElseThrow().steps().get(0);
    assertThat(quiz.isQuiz()).isTrue();
    assertThat(Replays.inSession(quiz)).isTrue();
    LessonStep runs = parse(HEAD + QUIZ_STEP + "    alternatives: [[rm -f a, answer c]]\n    counterexamples: [[answer b]]\n").lesson().orElseThrow().steps().get(0);
    assertThat(Replays.inSession(runs)).isFalse();
    LessonStep mixed = parse(HEAD + "  - id: m\n    title: M\n    text: t\n    checks: [{type: file, path: a}, {type: quiz, id: q, question: Q, answers: [c]}]\n"
        + "    hints: [h]\n    solution: [touch a, answer c]\n").lesson().orElseThrow().steps().get(0);
    assertThat(mixed.isQuiz()).isFalse();
    assertThat(Replays.inSession(mixed)).isFalse();
  }

  @Test
  void inert_onlyForReplaysThatCannotChangeTheLab() {
    assertThat(inert("answer c")).isTrue();
    assertThat(inert("echo docker save -o x busybox")).isTrue();
    assertThat(inert("ls -sh busybox.tar")).isTrue();
    assertThat(inert("curl -s http://127.0.0.1:5000/v2/_catalog")).isTrue();
    assertThat(inert("wget -qO- http://localhost:5000/v2/_catalog")).isTrue();
    assertThat(inert("echo bWFudTptYW51 | base64 -d")).isTrue();
    assertThat(inert("echo docker rmi busybox", "answer b")).isTrue();
    assertThat(inert("echo docker save busybox > busybox.tar")).as("a redirection writes a file").isFalse();
    assertThat(inert("docker images")).as("docker is never taken as read-only").isFalse();
    assertThat(inert("curl -o out.json http://localhost:5000/v2/_catalog")).isFalse();
    assertThat(inert("curl -X DELETE http://localhost:5000/v2/myapp/manifests/x")).isFalse();
    assertThat(inert("curl --request=DELETE http://localhost:5000/v2/")).isFalse();
    assertThat(inert("curl -sd x http://localhost:5000/v2/")).isFalse();
    assertThat(inert("wget http://localhost:5000/v2/_catalog")).as("wget saves a file unless told to print").isFalse();
    assertThat(inert("echo $(docker rmi busybox)")).isFalse();
    assertThat(inert("ls && rm -f busybox.tar")).isFalse();
    assertThat(inert("answer c", "docker rmi busybox")).isFalse();
  }

  private static boolean inert(String... commands) {
    return Replays.inert(new Replays.Replay(Replays.Kind.COUNTEREXAMPLE, 1, List.of(commands), new Example(List.of(commands), null)));
  }

  @Test
  void anAlternativeMayBeAKnownGapToo_andSolutionDoesNotShowIt() {
    LessonStep step = parse(HEAD + FILE_STEP + "    alternatives:\n      - [echo > a]\n      - {run: [touch ./a, rm a], known-gap: the check wants the file kept}\n"
        + "    counterexamples: [[echo a], [touch b]]\n").lesson().orElseThrow().steps().get(0);
    assertThat(step.workingAlternatives()).containsExactly(List.of("echo > a"));
    Replays.Replay gap = Replays.of(step).get(2);
    assertThat(gap.kind()).isEqualTo(Replays.Kind.ALTERNATIVE);
    assertThat(gap.mustPass()).isTrue();
    assertThat(gap.isKnownGap()).isTrue();
    assertThat(Replays.of(step).get(0).isKnownGap()).isFalse();
  }
}
