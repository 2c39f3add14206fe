package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /** verify-lessons found it: an htpasswd step passed any file of 60 bytes, even a password in clear. */
  @Test
  void fileCheck_htpasswdFormat_wantsBcryptLines_andNeverQuotesThem() throws Exception {
    Files.createDirectories(dir.resolve("auth"));
    FileCheck check = new FileCheck("auth/htpasswd", null, null, "htpasswd");
    Files.writeString(dir.resolve("auth/htpasswd"), "manu:$2y$05$" + "a".repeat(53) + "\n");
    assertThat(check.evaluate(ctx(null, null)).status()).isEqualTo(Status.PASSED);
    Files.writeString(dir.resolve("auth/htpasswd"), "manu:$2y$05$" + "a".repeat(53) + "\nmanu:s3cret-in-clear\n");
    CheckResult clear = check.evaluate(ctx(null, null));
    assertThat(clear.status()).isEqualTo(Status.FAILED);
    assertThat(clear.message()).isEqualTo("auth/htpasswd line 2 is not user:bcrypt-hash (a bcrypt hash starts with $2y$): make each line with htpasswd -Bbn USER PASSWORD");
    assertThat(clear.toString()).doesNotContain("s3cret");
    Files.writeString(dir.resolve("auth/htpasswd"), "\n");
    assertThat(check.evaluate(ctx(null, null)).message()).startsWith("auth/htpasswd has no user:hash line");
    Files.write(dir.resolve("auth/htpasswd"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThat(check.evaluate(ctx(null, null)).status()).isEqualTo(Status.FAILED);
    assertThatThrownBy(() -> new FileCheck("a", null, null, "csv")).hasMessage("format: the known format is htpasswd (user:bcrypt-hash lines), not 'csv'");
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
