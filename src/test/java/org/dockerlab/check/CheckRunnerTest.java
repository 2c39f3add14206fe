package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dockerlab.testing.FakeGateway;

class CheckRunnerTest {
  @TempDir Path dir;

  private record Fixed(CheckResult result) implements Check {
    public String describe() {
      return "fixed";
    }

    public CheckResult evaluate(CheckContext ctx) {
      return result;
    }
  }

  private record Slow() implements Check {
    public String describe() {
      return "a slow check";
    }

    public CheckResult evaluate(CheckContext ctx) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return CheckResult.passed("too late", Map.of());
    }
  }

  private record Broken() implements Check {
    public String describe() {
      return "a broken check";
    }

    public CheckResult evaluate(CheckContext ctx) {
      throw new IllegalStateException("first line\nsecond line");
    }
  }

  @Test
  void results_comeInOrder_slowAndBrokenChecksBecomeErrors() {
    CheckContext ctx = new CheckContext(null, dir, dir, null, null);
    try (CheckRunner runner = new CheckRunner(Duration.ofMillis(200))) {
      long start = System.nanoTime();
      List<CheckResult> results =
          runner.run(List.of(new Fixed(CheckResult.passed("ok", Map.of())), new Slow(), new Broken(), new Fixed(CheckResult.failed("no", "a", "b"))), ctx);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      assertThat(results).extracting(CheckResult::status).containsExactly(Status.PASSED, Status.ERROR, Status.ERROR, Status.FAILED);
      assertThat(results.get(1).message()).isEqualTo("timed out after 200 ms: a slow check");
      assertThat(results.get(2).message()).isEqualTo("first line");
    }
  }

  @Test
  void defaultTimeout_isTenSeconds_andAnEngineThatDoesNotAnswerIsAnError() {
    CheckContext ctx = new CheckContext(FakeGateway.down(), dir, dir, null, null);
    try (CheckRunner runner = new CheckRunner()) {
      CheckResult r = runner.run(new ImageCheck("busybox", null, null), ctx);

      assertThat(CheckRunner.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message()).startsWith("the Docker engine at unix:///var/run/docker.sock does not answer");
    }
  }
}
