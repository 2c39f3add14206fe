package org.dockerlab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A program in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen. */
public final class Tmux implements AutoCloseable {
  private final String socket = "dockerlab-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  private final String session = "lab";

  /** Starts the command in a 160x50 terminal with the given environment. */
  public Tmux(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "new-session", "-d", "-s", session, "-x", "160", "-y", "50"));
    // Keep the pane after the program ends, showing its exit status, so a crash can be read. The trap
    // keeps sh alive through a Ctrl-C meant for the program (a handler, unlike ignoring, is not inherited).
    cmd.addAll(List.of("sh", "-c", "trap true INT; \"$@\"; echo \"[exited $?]\"; sleep 600", "sh", "env"));
    env.forEach((k, v) -> cmd.add(k + "=" + v));
    cmd.addAll(command);
    tmux(cmd);
  }

  /** The lab ({@code java -jar dockerlab.jar ARGS}) in a terminal, its state in {@code state} (DOCKERLAB_HOME). */
  public static Tmux lab(Path state, String... args) throws IOException, InterruptedException {
    return new Tmux(new LabProcess(state).command(args), Map.of("DOCKERLAB_HOME", state.toString(), "TERM", "xterm-256color"));
  }

  /**
   * The lab's shell in a terminal, waited for until its first prompt. Where tmux is not installed the test is
   * skipped, with the reason, except under {@code CI=true}, where it must run.
   */
  public static Tmux labShell(Path state, String prompt, Duration start) throws IOException, InterruptedException {
    assumeTrue(available() || "true".equals(System.getenv("CI")), "tmux is not installed");
    Tmux tmux = lab(state, "shell");
    try {
      tmux.waitForText(prompt, start);
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      tmux.close();
      throw e;
    }
    return tmux;
  }

  public static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Types text literally (no Enter). */
  public void type(String text) throws IOException, InterruptedException {
    tmux(List.of("tmux", "-L", socket, "send-keys", "-t", session, "-l", text));
  }

  /** Presses keys by tmux name: Enter, C-c, C-d, Tab. */
  public void press(String key) throws IOException, InterruptedException {
    tmux(List.of("tmux", "-L", socket, "send-keys", "-t", session, key));
  }

  public void typeLine(String text) throws IOException, InterruptedException {
    type(text);
    press("Enter");
  }

  /** The visible screen, row by row as the terminal shows them (wrapped lines apart, trailing spaces trimmed). */
  public List<String> rows() throws IOException, InterruptedException {
    return tmux(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", session)).lines().map(String::stripTrailing).toList();
  }

  /** Resizes the window (the program gets SIGWINCH). */
  public void resize(int columns, int rows) throws IOException, InterruptedException {
    tmux(List.of("tmux", "-L", socket, "resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows)));
  }

  /** The whole screen and scroll-back, as text. */
  public String screen() throws IOException, InterruptedException {
    return tmux(List.of("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-2000", "-t", session));
  }

  /** Waits until the screen satisfies the condition; fails with the screen when it does not in time. */
  public String waitFor(Predicate<String> condition, Duration timeout, String what) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    String screen = screen();
    while (!condition.test(screen)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the screen:\n" + screen);
      }
      Thread.sleep(100);
      screen = screen();
    }
    return screen;
  }

  public String waitForText(String text, Duration timeout) throws IOException, InterruptedException {
    return waitFor(s -> s.contains(text), timeout, "'" + text + "'");
  }

  /** Counts occurrences, to wait for the n-th prompt. */
  public static int count(String screen, String text) {
    int n = 0;
    for (int i = screen.indexOf(text); i >= 0; i = screen.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
  }

  private static String tmux(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tmux failed: " + cmd + ": " + out);
    }
    return out;
  }
}
