package org.dockerlab.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the checks of a step one after the other, each with a time limit, and turns whatever goes wrong
 * inside a check (engine down, a bug) into an ERROR result with one line, so a step always gets a verdict.
 * Close it to release its worker thread.
 */
public final class CheckRunner implements AutoCloseable {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final Duration timeout;
  private final ExecutorService worker;

  public CheckRunner() {
    this(DEFAULT_TIMEOUT);
  }

  public CheckRunner(Duration timeout) {
    this.timeout = timeout;
    // daemon threads: a check stuck in a call that ignores interrupts must not keep the lab from exiting
    this.worker =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "dockerlab-check");
              t.setDaemon(true);
              return t;
            });
  }

  /** The results, in the order of the checks. */
  public List<CheckResult> run(List<? extends Check> checks, CheckContext ctx) {
    List<CheckResult> results = new ArrayList<>(checks.size());
    for (Check check : checks) {
      results.add(run(check, ctx));
    }
    return results;
  }

  public CheckResult run(Check check, CheckContext ctx) {
    Future<CheckResult> future = worker.submit(() -> check.evaluate(ctx));
    try {
      CheckResult result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return result == null ? CheckResult.error(check.describe() + ": the check gave no result") : result;
    } catch (TimeoutException e) {
      future.cancel(true);
      return CheckResult.error("timed out after " + seconds() + ": " + check.describe());
    } catch (ExecutionException e) {
      return CheckResult.error(oneLine(e.getCause()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return CheckResult.error("interrupted: " + check.describe());
    }
  }

  private String seconds() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return "the check failed with " + t.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message).strip();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
