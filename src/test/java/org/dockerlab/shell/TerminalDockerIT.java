package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.LabException;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker run -it, exec -it, attach and start -ai in the lab shell, in a real terminal (tmux), typed at as a person would. */
@RequiresEngine
class TerminalDockerIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String PROMPT = "dockerlab workspace $";
  private static final Pattern CURSOR_REPORT = Pattern.compile("\\[\\d+;\\d+R");

  @TempDir Path state;
  private Tmux tmux;
  private DockerGateway engine;
  private final String prefix = "dlt-tty-" + ProcessHandle.current().pid() + "-";

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Tmux.available() || "true".equals(System.getenv("CI")), "tmux is not installed");
    engine = TestEngine.connect(state);
    LabProcess lab = new LabProcess(state);
    tmux = new Tmux(lab.command("shell"), Map.of("DOCKERLAB_HOME", state.toString(), "TERM", "xterm-256color"));
    tmux.waitForText(PROMPT, START);
  }

  @AfterEach
  void stop() throws Exception {
    if (tmux != null) {
      tmux.close();
    }
    if (engine != null) {
      for (String name : List.of("rm", "reg", "detach", "exit3", "cat", "box")) {
        try {
          engine.removeContainer(prefix + name, true);
        } catch (LabException gone) {
          // removed by the test (--rm), or never made
        }
      }
      engine.close();
    }
  }

  @Test
  void runIt_runsTypedLines_followsThePaneSize_andExitReturnsToThePrompt_withTheContainerGone() throws Exception {
    String name = prefix + "rm";
    tmux.typeLine("docker run -it --rm --name " + name + " busybox sh");
    tmux.waitFor(s -> s.contains("/ # "), START, "the container's prompt");
    tmux.typeLine("echo hi-$((40+2))");
    tmux.waitForText("hi-42", STEP);

    tmux.typeLine("stty size");
    tmux.waitForText("\n50 160", STEP);
    tmux.resize(100, 30);
    tmux.typeLine("stty size");
    tmux.waitForText("\n30 100", STEP);

    tmux.press("C-c"); // the container's shell gets it; the session goes on
    tmux.typeLine("echo alive-$((2+3))");
    tmux.waitForText("alive-5", STEP);

    tmux.typeLine("exit");
    String screen = tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after exit");
    assertThat(CURSOR_REPORT.matcher(screen).find()).as("no stray cursor-position report:\n" + screen).isFalse();
    waitUntilGone(name);

    tmux.typeLine("echo back");
    tmux.waitFor(s -> s.contains("\nback"), STEP, "the lab shell reads lines again (cooked, echoing)");
  }

  @Test
  void iWithoutT_sendsTypedLines_ctrlDEndsTheInput_andWhatIsTypedAfterIsTheShells() throws Exception {
    String name = prefix + "cat";
    tmux.typeLine("docker run -i --rm --name " + name + " busybox cat");
    tmux.waitFor(s -> engine.inspectContainer(name).isPresent(), START, "the container started");
    tmux.typeLine("first line");
    tmux.waitFor(s -> Tmux.count(s, "first line") >= 2, STEP, "the line echoed as typed, then by cat");
    tmux.press("C-d");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after Ctrl-D ended cat's input");
    waitUntilGone(name);

    String box = prefix + "box";
    tmux.typeLine("docker run -d --name " + box + " busybox sleep 60");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 3, START, "the container started");
    tmux.typeLine("docker exec -i " + box + " sh");
    tmux.typeLine("echo in-$((6*7)); exit 3");
    tmux.waitFor(s -> s.contains("\nin-42") && Tmux.count(s, PROMPT) >= 4, STEP, "exec -i ran the typed line, exit ended it");
    tmux.typeLine("echo status-$?");
    tmux.waitFor(s -> s.contains("\nstatus-3"), STEP, "the next line is the shell's, whole, with exec's status");
  }

  @Test
  void execIt_intoARegistry_andCtrlDReturns() throws Exception {
    String name = prefix + "reg";
    tmux.typeLine("docker run -d --name " + name + " registry:2");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, START, "the registry started");
    tmux.typeLine("docker exec -it " + name + " sh");
    tmux.waitFor(s -> s.contains("/ # "), START, "the exec's prompt");
    tmux.typeLine("ls /etc/docker/registry; stty size");
    tmux.waitFor(s -> s.contains("config.yml") && s.contains("50 160"), STEP, "the command's output");
    tmux.press("C-d");
    String screen = tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the lab prompt after Ctrl-D");
    assertThat(CURSOR_REPORT.matcher(screen).find()).as("no stray cursor-position report:\n" + screen).isFalse();
    assertThat(engine.inspectContainer(name)).as("exec leaves the container running").hasValueSatisfying(c -> assertThat(c.running()).isTrue());
  }

  @Test
  void ctrlPCtrlQ_detaches_attachReturns_andTheExitCodeIsTheContainers() throws Exception {
    String name = prefix + "detach";
    tmux.typeLine("docker run -it --name " + name + " busybox sh");
    tmux.waitFor(s -> s.contains("/ # "), START, "the container's prompt");
    tmux.typeLine("echo one-$((0+1))");
    tmux.waitForText("one-1", STEP);
    tmux.press("C-p");
    tmux.press("C-q");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after Ctrl-P Ctrl-Q");
    assertThat(engine.inspectContainer(name)).as("detached: it runs on").hasValueSatisfying(c -> assertThat(c.running()).isTrue());

    tmux.typeLine("docker attach " + name);
    tmux.typeLine("echo two-$((1+1))");
    tmux.waitForText("two-2", STEP);
    tmux.typeLine("exit 3");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the lab prompt after exit");
    tmux.typeLine("docker ps -a --filter name=" + name);
    tmux.waitForText("Exited (3)", STEP);

    tmux.typeLine("docker start -ai " + name);
    tmux.waitFor(s -> Tmux.count(s, "/ # ") >= 4, STEP, "the restarted container's prompt");
    tmux.typeLine("echo three-$((1+2)); exit 4");
    tmux.waitForText("three-3", STEP);
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 5, STEP, "the lab prompt after start -ai");
  }

  @Test
  void outputWithoutAFinalNewline_getsANewlineAndNothingElse_andASaveIntoAClosedPipeIsQuiet() throws Exception {
    tmux.typeLine("printf '{\"auths\": {}}' > config.json");
    tmux.typeLine("cat config.json");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the prompt after cat");
    List<String> rows = tmux.rows();
    int output = rows.indexOf("{\"auths\": {}}");
    assertThat(output).as("the file's text on a row of its own, nothing after it:\n" + String.join("\n", rows)).isPositive();
    assertThat(rows.get(output + 1)).startsWith(PROMPT);

    tmux.typeLine("docker save busybox | head -c 10 | wc -c");
    String screen = tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 4, STEP, "the prompt after the save");
    assertThat(screen).contains("\n10\n" + PROMPT).doesNotContain("Broken pipe").doesNotContain("Saving busybox");
  }

  private void waitUntilGone(String name) throws InterruptedException {
    long end = System.nanoTime() + STEP.toNanos();
    while (engine.inspectContainer(name).isPresent() && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(engine.inspectContainer(name)).as("--rm: the container is gone").isEmpty();
  }
}
