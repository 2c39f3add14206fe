package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.check.FileCheck;
import org.dockerlab.errors.LabException;
import org.dockerlab.setup.EnsureImage;
import org.dockerlab.setup.RemoveFile;
import org.junit.jupiter.api.Test;

class LessonLoaderTest {
  private final LessonLoader loader = new LessonLoader();

  static Path resource(String name) {
    try {
      return Path.of(LessonLoaderTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String STEPS = "steps:\n  - {id: a, title: A, text: t, checks: [{type: file, path: a}], hints: [h], solution: [s]}\n";

  private Problem onlyProblem(String yaml) {
    List<Problem> problems = loader.parse("lessons/01-x.yaml", yaml).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void fixture_loadsInFileNameOrder_withTypedChecksAndActions() {
    List<Lesson> lessons = LessonLoader.load(resource("lessons-fixture"));
    assertThat(lessons).extracting(Lesson::id).containsExactly("notes", "private");
    Lesson notes = lessons.get(0);
    assertThat(notes.setup()).containsExactly(new EnsureImage("busybox:latest"), new RemoveFile("note.txt"));
    LessonStep step = notes.steps().get(0);
    assertThat(step.checks()).containsExactly(new FileCheck("note.txt", 1L, null));
    assertThat(step.alternatives()).extracting(Example::run).containsExactly(List.of("echo hi > note.txt"), List.of("echo hello >> note.txt"));
    assertThat(step.counterexamples()).extracting(Example::run).containsExactly(List.of("echo hello > notes.txt"), List.of("echo hello"));
    assertThat(lessons.get(1).requires().lessons()).containsExactly("notes");
  }

  @Test
  void pathOutsideWorkspace_namesFileLineAndFieldPath() {
    Problem p =
        onlyProblem(
            """
            id: x
            title: T
            summary: S
            steps:
              - id: a
                title: A
                text: t
                checks:
                  - type: file
                    path: ok.txt
                  - type: file
                    path: ../up.tar
                hints: [h]
                solution: [s]
            """);
    assertThat(p.toString()).startsWith("lessons/01-x.yaml:12: steps[0].checks[1].path: ")
        .contains("must be a path inside the workspace (relative, no ..)");
  }

  @Test
  void unknownField_isNamedWithTheKnownOnes() {
    Problem p = onlyProblem("id: x\ntitle: T\nsummary: S\ncolour: blue\n" + STEPS);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("colour");
    assertThat(p.message()).startsWith("unknown field").contains("summary");
  }

  @Test
  void unknownAction_listsTheActions() {
    Problem p = onlyProblem("id: x\ntitle: T\nsummary: S\nsetup:\n  - action: format-disk\n" + STEPS);
    assertThat(p.field()).isEqualTo("setup[0].action");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.message()).contains("unknown action format-disk").contains("start-registry");
  }

  @Test
  void noSteps_isAProblemOfTheStepsField() {
    Problem p = onlyProblem("id: x\ntitle: T\nsummary: S\nsteps: []\n");
    assertThat(p.toString()).isEqualTo("lessons/01-x.yaml:4: steps: a lesson needs at least one step");
  }

  @Test
  void unquotedColonInAHint_isExplained() {
    Problem p = onlyProblem("id: x\ntitle: T\nsummary: S\nsteps:\n  - id: a\n    title: A\n    text: t\n"
        + "    checks: [{type: file, path: a}]\n    hints:\n      - Look at `--help`: one flag\n    solution: [s]\n");
    assertThat(p.toString()).isEqualTo("lessons/01-x.yaml:10: steps[0].hints[0]: expected text, found a mapping: put text that contains ': ' in quotes");
  }

  @Test
  void missingRequiredField_saysSo() {
    Problem p = onlyProblem("id: x\nsummary: S\n" + STEPS);
    assertThat(p.toString()).isEqualTo("lessons/01-x.yaml:1: title: is required");
  }

  @Test
  void badLessonId_isExplained() {
    Problem p = onlyProblem("id: Save It\ntitle: T\nsummary: S\n" + STEPS);
    assertThat(p.field()).isEqualTo("id");
    assertThat(p.message()).contains("lowercase letters, digits and dashes");
  }

  private static final String KNOWN = String.join(", ", new java.util.TreeSet<>(org.dockerlab.check.CheckTypes.all().keySet()));

  @Test
  void unknownCheckTypes_areAllReported_andLoadingGoesOn() {
    LessonFile file =
        loader.parse(
            "lessons/01-x.yaml",
            """
            id: x
            title: T
            summary: S
            steps:
              - id: a
                title: A
                text: t
                checks:
                  - type: docker-archiv
                    path: busybox.tar
                    tags: [busybox:latest]
                  - type: quizz
                    id: q
                hints: [h]
                solution: [s]
            """);
    assertThat(file.problems()).extracting(Problem::toString)
        .containsExactly(
            "lessons/01-x.yaml:9: steps[0].checks[0].type: unknown check type docker-archiv (known: " + KNOWN + ")",
            "lessons/01-x.yaml:12: steps[0].checks[1].type: unknown check type quizz (known: " + KNOWN + ")");
    assertThat(file.lesson()).isPresent();
  }

  @Test
  void yamlSyntaxError_isOneLineWithItsLine() {
    Problem p = onlyProblem("id: x\ntitle: \"unclosed\n");
    assertThat(p.message()).startsWith("not valid YAML");
    assertThat(p.toString().lines()).hasSize(1);
  }

  @Test
  void load_withProblems_failsListingThemAll() {
    assertThatThrownBy(() -> LessonLoader.load(resource("lessons-broken")))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("lessons-broken/01-save.yaml:")
        .hasMessageContaining("lessons-broken/03-unknown.yaml:");
  }

  @Test
  void notADirectory_isBadInput() {
    assertThatThrownBy(() -> LessonLoader.load(Path.of("/nonexistent/lessons")))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void htpasswdRegistry_withoutUsers_isRefused() {
    Problem p = onlyProblem(
        "id: x\ntitle: T\nsummary: S\nsetup:\n  - action: start-registry\n    name: registry\n    port: 5000\n    auth: htpasswd\n" + STEPS);
    assertThat(p.field()).isEqualTo("setup[0].users");
    assertThat(p.message()).contains("at least one account");
  }

  @Test
  void removeImage_ofAWholeRepositoryOutsideALocalRegistry_isRefused() {
    Problem p = onlyProblem("id: x\ntitle: T\nsummary: S\nsetup:\n  - action: remove-image\n    image: postgres\n" + STEPS);
    assertThat(p.field()).isEqualTo("setup[0].image");
    assertThat(p.message()).contains("outside a local registry, name one tag");
  }
}
