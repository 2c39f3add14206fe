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

  /** Sleeps, noting how many of its kind run at once. */
  private record Sleeper(int millis, String name, java.util.concurrent.atomic.AtomicInteger now, java.util.concurrent.atomic.AtomicInteger most) implements Check {
    public String describe() {
      return name;
    }

    public CheckResult evaluate(CheckContext ctx) {
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        now.decrementAndGet();
      }
      return CheckResult.passed(name, Map.of());
    }
  }

  @Test
  void runAll_onLanes_keepsTheJobsOrder_andEachTimeLimitStartsWithItsCheck() {
    CheckContext ctx = new CheckContext(null, dir, dir, null, null);
    java.util.concurrent.atomic.AtomicInteger now = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    List<CheckRunner.Job> jobs = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // the first ones are the slowest, so they finish last
      jobs.add(new CheckRunner.Job(new Sleeper(300 - i * 20, "check " + i, now, most), ctx));
    }
    jobs.add(new CheckRunner.Job(new Broken(), ctx));
    // 8 checks of 160-300 ms on 2 lanes take 0.9 s, longer than the 0.6 s each one may take: none times out
    try (CheckRunner runner = new CheckRunner(Duration.ofMillis(600))) {
      List<CheckResult> results = runner.runAll(jobs, 2);

      assertThat(results).extracting(CheckResult::message)
          .containsExactly("check 0", "check 1", "check 2", "check 3", "check 4", "check 5", "check 6", "check 7", "first line");
      assertThat(results.get(8).status()).isEqualTo(Status.ERROR);
      assertThat(most.get()).as("checks running at once").isEqualTo(2);
    }
  }
}
