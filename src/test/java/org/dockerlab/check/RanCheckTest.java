package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.shell.JournalLines;
import org.junit.jupiter.api.Test;

/**
 * {@code type: ran}: what the learner ran, matched by structure in the journal: every way of typing the
 * step passes, an echoed or failed command never does.
 */
class RanCheckTest {
  private static final RanCheck SAVE_WITH_OUTPUT = new RanCheck(List.of("docker save"), "busybox-o.tar", "--output", null, "save with --output");
  private static final RanCheck LOAD_GZIP = new RanCheck(List.of("docker load"), "busybox.tar.gz", null, null, "load busybox.tar.gz");
  private static final RanCheck SIZE = new RanCheck(List.of("ls", "du", "stat"), "busybox.tar", null, null, "look at the size");
  private static final RanCheck CATALOG = new RanCheck(List.of("curl", "wget"), null, null, "http://localhost:5000/v2/_catalog", "ask for the catalog");

  private static Status run(RanCheck check, int status, String... lines) {
    List<JournalEntry> journal = new ArrayList<>();
    for (String line : lines) {
      journal.addAll(JournalLines.asRan(line, status, Instant.now()));
    }
    return check.evaluate(new CheckContext(null, null, null, new Evidence(Instant.EPOCH, Map.of(), List.of(), journal), Map.of())).status();
  }

  @Test
  void option_inEveryForm_andAlias_pass() {
    for (String line : List.of(
        "docker save --output busybox-o.tar busybox",
        "docker save -o busybox-o.tar busybox",
        "docker save --output=busybox-o.tar busybox:latest",
        "docker image save -o ./busybox-o.tar busybox",
        "docker save busybox -o busybox-o.tar",
        "sudo docker save -o busybox-o.tar busybox",
        "ls && docker save -o busybox-o.tar busybox")) {
      assertThat(run(SAVE_WITH_OUTPUT, 0, line)).as(line).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void echoed_failed_redirected_orOtherFile_fail() {
    assertThat(run(SAVE_WITH_OUTPUT, 0, "echo docker save -o busybox-o.tar busybox")).isEqualTo(Status.FAILED);
    assertThat(run(SAVE_WITH_OUTPUT, 1, "docker save -o busybox-o.tar busybox")).isEqualTo(Status.FAILED);
    assertThat(run(SAVE_WITH_OUTPUT, 0, "docker save busybox > busybox-o.tar")).isEqualTo(Status.FAILED);
    assertThat(run(SAVE_WITH_OUTPUT, 0, "docker save -o other.tar busybox")).isEqualTo(Status.FAILED);
    assertThat(run(SAVE_WITH_OUTPUT, 0, "# docker save -o busybox-o.tar busybox")).isEqualTo(Status.FAILED);
  }

  @Test
  void loadFromAFile_byOption_redirect_orPipe_passes() {
    for (String line : List.of(
        "docker load -i busybox.tar.gz",
        "docker load --input busybox.tar.gz",
        "docker load < busybox.tar.gz",
        "cat busybox.tar.gz | docker load",
        "gunzip -c busybox.tar.gz | docker load",
        "zcat ./busybox.tar.gz | docker image load",
        "docker rmi busybox && docker load -i busybox.tar.gz")) {
      assertThat(run(LOAD_GZIP, 0, line)).as(line).isEqualTo(Status.PASSED);
    }
    assertThat(run(LOAD_GZIP, 0, "docker load -i busybox.tar")).isEqualTo(Status.FAILED);
    assertThat(run(LOAD_GZIP, 0, "echo docker load -i busybox.tar.gz")).isEqualTo(Status.FAILED);
    assertThat(run(LOAD_GZIP, 0, "docker save busybox | gzip > busybox.tar.gz")).isEqualTo(Status.FAILED);
  }

  @Test
  void aLookAtTheFile_countsFromAnyStageOrLine() {
    assertThat(run(SIZE, 0, "ls -sh busybox.tar")).isEqualTo(Status.PASSED);
    assertThat(run(SIZE, 0, "docker save busybox > busybox.tar && ls -lh busybox.tar")).isEqualTo(Status.PASSED);
    assertThat(run(SIZE, 0, "du -h ./busybox.tar")).isEqualTo(Status.PASSED);
    assertThat(run(SIZE, 0, "ls -sh")).isEqualTo(Status.FAILED);
    assertThat(run(SIZE, 0, "echo ls -sh busybox.tar")).isEqualTo(Status.FAILED);
    assertThat(run(SIZE, 2, "ls -sh busybox.tar")).isEqualTo(Status.FAILED);
  }

  @Test
  void aUrl_anyLocalName_withOrWithoutScheme_passes() {
    for (String line : List.of(
        "curl http://localhost:5000/v2/_catalog",
        "curl -s http://127.0.0.1:5000/v2/_catalog",
        "curl localhost:5000/v2/_catalog/",
        "curl 'http://[::1]:5000/v2/_catalog?n=100'",
        "wget -qO- http://localhost:5000/v2/_catalog")) {
      assertThat(run(CATALOG, 0, line)).as(line).isEqualTo(Status.PASSED);
    }
    assertThat(run(CATALOG, 0, "curl http://localhost:5001/v2/_catalog")).isEqualTo(Status.FAILED);
    assertThat(run(CATALOG, 0, "curl http://localhost:5000/v2/")).isEqualTo(Status.FAILED);
    assertThat(run(CATALOG, 0, "echo curl http://localhost:5000/v2/_catalog")).isEqualTo(Status.FAILED);
  }

  @Test
  void aFailedTry_isNamedInTheMessage() {
    List<JournalEntry> journal = JournalLines.asRan("docker load -i busybox.tar.gz", 1, Instant.now());
    CheckResult r = LOAD_GZIP.evaluate(new CheckContext(null, null, null, new Evidence(Instant.EPOCH, Map.of(), List.of(), journal), Map.of()));
    assertThat(r.message()).isEqualTo("you ran docker load -i busybox.tar.gz, but it failed (exit status 1): load busybox.tar.gz");
  }

  @Test
  void fields_areValidated_namingTheYamlField() {
    assertThatThrownBy(() -> new RanCheck(List.of("Docker Save"), null, null, null, "x")).hasMessageStartingWith("command: ");
    assertThatThrownBy(() -> new RanCheck(List.of("ls"), null, "--output", null, "x")).hasMessageStartingWith("option: ");
    assertThatThrownBy(() -> new RanCheck(List.of("ls"), "../x", null, null, "x")).hasMessageStartingWith("file: ");
    assertThatThrownBy(() -> new RanCheck(List.of("curl"), null, null, "http://example.com/", "x")).hasMessageStartingWith("url: ");
    assertThatThrownBy(() -> new RanCheck(List.of("ls"), null, null, null, " ")).hasMessageStartingWith("describe: ");
  }
}
