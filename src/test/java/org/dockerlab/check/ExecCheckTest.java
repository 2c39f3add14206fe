package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.evidence.Evidence;
import org.junit.jupiter.api.Test;

/**
 * {@code type: exec}: what the engine reports ran in a container (exec_create, then exec_die with its exit
 * code), from any terminal; a dry run, another container or a command that failed does not count.
 */
class ExecCheckTest {
  private static final ExecCheck GC =
      new ExecCheck("registry", List.of("registry", "garbage-collect"), List.of("--dry-run", "-d"), "run the garbage collector");

  private static final class Events {
    final List<EngineEvent> list = new ArrayList<>();
    int next;

    Events exec(String container, String line, String exitCode) {
      String id = "exec" + next++;
      list.add(new EngineEvent("container", "exec_create: " + line, "c1", Map.of("name", container, "execID", id), Instant.now()));
      list.add(new EngineEvent("container", "exec_start: " + line, "c1", Map.of("name", container, "execID", id), Instant.now()));
      if (exitCode != null) {
        list.add(new EngineEvent("container", "exec_die", "c1", Map.of("name", container, "execID", id, "exitCode", exitCode), Instant.now()));
      }
      return this;
    }

    CheckResult check(ExecCheck check) {
      return check.evaluate(new CheckContext(null, null, null, new Evidence(Instant.EPOCH, Map.of(), list, List.of()), Map.of()));
    }
  }

  @Test
  void theCommand_inAnyOfItsForms_passes() {
    for (String line : List.of(
        "registry garbage-collect /etc/docker/registry/config.yml",
        "/bin/registry garbage-collect /etc/docker/registry/config.yml",
        "registry garbage-collect --delete-untagged /etc/docker/registry/config.yml")) {
      assertThat(new Events().exec("registry", line, "0").check(GC).status()).as(line).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void aDryRun_anotherContainer_anotherCommand_fail() {
    CheckResult dry = new Events().exec("registry", "registry garbage-collect --dry-run /etc/docker/registry/config.yml", "0").check(GC);
    assertThat(dry.status()).isEqualTo(Status.FAILED);
    assertThat(dry.message()).contains("not quite").contains("--dry-run");
    assertThat(new Events().exec("other", "registry garbage-collect /etc/docker/registry/config.yml", "0").check(GC).status()).isEqualTo(Status.FAILED);
    CheckResult du = new Events().exec("registry", "du -sh /var/lib/registry", "0").check(GC);
    assertThat(du.status()).isEqualTo(Status.FAILED);
    assertThat(du.found()).isEqualTo("du -sh /var/lib/registry");
    assertThat(new Events().check(GC).found()).isEqualTo("no docker exec in registry since the lesson began");
  }

  @Test
  void aFailedRun_fails_unlessALaterOrEarlierOneSucceeded() {
    CheckResult failed = new Events().exec("registry", "registry garbage-collect /etc/docker/registry/config.yaml", "1").check(GC);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.message()).contains("exit status 1");
    assertThat(new Events().exec("registry", "registry garbage-collect", "1").exec("registry", "registry garbage-collect /etc/docker/registry/config.yml", "0").check(GC).status())
        .isEqualTo(Status.PASSED);
    assertThat(new Events().exec("registry", "registry garbage-collect /etc/docker/registry/config.yml", null).check(GC).message()).contains("has not finished");
  }

  @Test
  void badFields_nameTheField() {
    assertThatThrownBy(() -> new ExecCheck("bad name!", List.of("du"), null, "x")).hasMessageContaining("container");
    assertThatThrownBy(() -> new ExecCheck("registry", List.of(), null, "x")).hasMessageStartingWith("command: ");
    assertThatThrownBy(() -> new ExecCheck("registry", List.of("du -sh"), null, "x")).hasMessageStartingWith("command: ");
    assertThatThrownBy(() -> new ExecCheck("registry", List.of("du"), null, "")).hasMessageStartingWith("describe: ");
  }
}
