package org.dockerlab.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the checks of a step one after the other (or a grade's on a few lanes at once), each with a time limit, and turns whatever goes wrong
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
    this.worker = Executors.newCachedThreadPool(daemon("dockerlab-check"));
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The results, in the order of the checks. */
  public List<CheckResult> run(List<? extends Check> checks, CheckContext ctx) {
    List<CheckResult> results = new ArrayList<>(checks.size());
    for (Check check : checks) {
      results.add(run(check, ctx));
    }
    return results;
  }

  /** One check and what it may look at. */
  public record Job(Check check, CheckContext context) {}

  /**
   * Runs the checks on at most {@code lanes} threads at once (most of a check's time is spent waiting on
   * the engine or a socket), each with its own time limit from when it starts. The results come in the
   * order of the jobs, whatever order they finished in.
   */
  public List<CheckResult> runAll(List<Job> jobs, int lanes) {
    int n = Math.min(lanes, jobs.size());
    if (n <= 1) {
      return jobs.stream().map(j -> run(j.check(), j.context())).toList();
    }
    CheckResult[] results = new CheckResult[jobs.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable lane = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        results[i] = run(jobs.get(i).check(), jobs.get(i).context());
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(n, daemon("dockerlab-check-lane"));
    try {
      List<Future<?>> running = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        running.add(pool.submit(lane));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a check lane failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<CheckResult> ordered = new ArrayList<>(results.length);
    for (int i = 0; i < results.length; i++) {
      ordered.add(results[i] != null ? results[i] : CheckResult.error("interrupted: " + jobs.get(i).check().describe()));
    }
    return ordered;
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
