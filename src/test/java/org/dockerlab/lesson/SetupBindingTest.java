package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dockerlab.setup.SetupAction;
import org.dockerlab.setup.SetupTypes;
import org.junit.jupiter.api.Test;

/**
 * Setup actions are registered once, in {@link SetupTypes}: every name there binds from a lesson file to its
 * record, and the loader's and lint's "unknown action" message lists exactly those names. A new action
 * needs an example here, so it cannot be registered in one place and forgotten in another.
 */
class SetupBindingTest {
  private static final Map<String, String> EXAMPLES =
      Map.of(
          "ensure-image", "{action: ensure-image, image: busybox:latest}",
          "remove-image", "{action: remove-image, image: 'localhost:5000/myapp'}",
          "remove-container", "{action: remove-container, name: myapp}",
          "remove-volume", "{action: remove-volume, name: registry-data}",
          "start-registry", "{action: start-registry, name: registry, port: 5000, auth: htpasswd, users: [{user: manu, password: manu}]}",
          "write-file", "{action: write-file, path: notes/a.txt, content: \"hi\\n\"}",
          "remove-file", "{action: remove-file, path: notes/a.txt}",
          "logout", "{action: logout, server: 'localhost:5000'}",
          "save-image", "{action: save-image, image: busybox:latest, path: busybox.tar}",
          "push-image", "{action: push-image, image: myapp:latest, to: 'localhost:5000/myapp'}");

  private static LessonFile lessonWithSetup(String action) {
    String yaml = "id: x\ntitle: T\nsummary: S\nsetup:\n  - " + action + "\n"
        + "steps:\n  - {id: a, title: A, text: t, checks: [{type: file, path: a}], hints: [h], solution: [s], alternatives: [[x], [y]], counterexamples: [[z], [w]]}\n";
    return new LessonLoader().parse("lessons/01-x.yaml", yaml);
  }

  @Test
  void everyRegisteredAction_hasAnExample() {
    assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(SetupTypes.all().keySet());
  }

  @Test
  void everyRegisteredAction_bindsFromYamlToItsRecord() {
    SetupTypes.all().forEach((name, type) -> {
      LessonFile file = lessonWithSetup(EXAMPLES.get(name));
      assertThat(file.problems()).as(name).isEmpty();
      SetupAction action = file.lesson().orElseThrow().setup().get(0);
      assertThat(action).as(name).isExactlyInstanceOf(type);
    });
  }

  @Test
  void unknownAction_listsEveryRegisteredName_inTheLoaderAndInLint() {
    String known = "(known: " + String.join(", ", new TreeSet<>(SetupTypes.all().keySet())) + ")";
    LessonFile file = lessonWithSetup("{action: format-disk}");
    assertThat(file.problems()).extracting(Problem::toString)
        .containsExactly("lessons/01-x.yaml:5: setup[0].action: unknown action format-disk " + known);
    LintReport lint = LessonLinter.lint(new Curriculum(List.of(file)));
    assertThat(lint.problems()).extracting(Problem::toString)
        .contains("lessons/01-x.yaml:5: setup[0].action: unknown action format-disk " + known);
    assertThat(lessonWithSetup("{image: busybox:latest}").problems()).extracting(Problem::message)
        .containsExactly("is required " + known);
  }

  @Test
  void actionsThatProvisionImages_needThemInRequires() {
    LessonFile file = lessonWithSetup(EXAMPLES.get("start-registry"));
    assertThat(LessonLinter.lint(new Curriculum(List.of(file))).problems()).extracting(Problem::toString)
        .containsExactly("lessons/01-x.yaml:5: setup[0]: uses registry:2: list it in requires.images");
  }
}
