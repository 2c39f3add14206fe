package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.evidence.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that look at the workspace and the answers: file, quiz. */
class WorkspaceChecksTest {
  @TempDir Path dir;

  private CheckContext ctx(Evidence evidence, Map<String, String> answers) {
    return new CheckContext(null, dir, dir, evidence, answers);
  }

  @Test
  void file_presentWithSizeAndMode_passes_andMissing_fails() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello world");
    Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-------"));

    assertThat(new FileCheck("notes.txt", 5L, "rw-------").evaluate(ctx(null, null)).status()).isEqualTo(Status.PASSED);
    assertThat(new FileCheck("notes.txt", 100L, null).evaluate(ctx(null, null)).message()).contains("only 11 bytes");
    assertThat(new FileCheck("notes.txt", null, "rw-r--r--").evaluate(ctx(null, null)).message()).isEqualTo("notes.txt has mode rw-------, not rw-r--r--");
    assertThat(new FileCheck("other.txt", null, null).evaluate(ctx(null, null)).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void quiz_acceptsAnyListedAnswer_caseInsensitiveAndTrimmed() {
    QuizCheck quiz = new QuizCheck("registry-port", "Which port?", List.of("5000", "port 5000"), "registry:2 listens on 5000.");

    assertThat(quiz.evaluate(ctx(null, Map.of("registry-port", "  PORT   5000 "))).status()).isEqualTo(Status.PASSED);
    assertThat(quiz.evaluate(ctx(null, Map.of("registry-port", "5000"))).message()).isEqualTo("right: registry:2 listens on 5000.");
    CheckResult wrong = quiz.evaluate(ctx(null, Map.of("registry-port", "8080")));
    assertThat(wrong.status()).isEqualTo(Status.FAILED);
    assertThat(wrong.message()).startsWith("'8080' is not the answer").doesNotContain("5000");
    assertThat(quiz.evaluate(ctx(null, Map.of("other", "5000"))).message()).isEqualTo("answer the question with: answer YOUR ANSWER");
  }
}
