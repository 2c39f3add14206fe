package org.dockerlab.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A scripted lab shell (the jar) that stays open: the test types lines one at a time and reads what they print. */
public final class LiveShell implements AutoCloseable {
  private final Process process;
  private final OutputStream stdin;
  private final Path out;
  private final Path err;

  public LiveShell(LabProcess lab, Path dir) throws IOException {
    out = Files.createTempFile(dir, "dlt-hard-out", ".txt");
    err = Files.createTempFile(dir, "dlt-hard-err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(lab.command("shell")).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().putAll(lab.environment());
    process = pb.start();
    stdin = process.getOutputStream();
  }

  public void typeLine(String line) throws IOException {
    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  /** Standard output and error so far, in that order. */
  public String output() throws IOException {
    return new String(Files.readAllBytes(out), StandardCharsets.UTF_8) + new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
  }

  public String stderr() throws IOException {
    return new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Waits until the output satisfies the condition; fails with the output when it does not in time. */
  public String waitFor(Predicate<String> condition, Duration timeout, String what) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    String text = output();
    while (!condition.test(text)) {
      if (System.nanoTime() > end || !process.isAlive() && !condition.test(output())) {
        throw new AssertionError("waited for " + what + " (shell alive: " + process.isAlive() + "); the output:\n" + output());
      }
      Thread.sleep(100);
      text = output();
    }
    return text;
  }

  /** Ends standard input, so the shell exits; returns its exit status. */
  public int finish(Duration timeout) throws IOException, InterruptedException {
    stdin.close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the shell did not exit at the end of its input; output:\n" + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
