package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.LabException;
import org.dockerlab.testing.LabTerminal;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docker run -it, exec -it, attach and start -ai in the lab shell, in a real terminal (tmux), typed at as a person would. */
@RequiresEngine
class TerminalDockerIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration STEP = Duration.ofSeconds(15);
  private static final String PROMPT = "dockerlab workspace $";
  private static final Pattern CURSOR_REPORT = Pattern.compile("\\[\\d+;\\d+R");

  @TempDir Path state;
  @RegisterExtension final LabTerminal lab = new LabTerminal(() -> state, PROMPT, START).cleaningUp(this::removeContainers);
  private final String prefix = "dlt-tty-" + ProcessHandle.current().pid() + "-";

  /** The containers the tests name, removed unless a test did (--rm). */
  private void removeContainers(DockerGateway engine) {
    for (String name : List.of("rm", "reg", "detach", "exit3", "cat", "box")) {
      try {
        engine.removeContainer(prefix + name, true);
      } catch (LabException gone) {
        // removed by the test (--rm), or never made
      }
    }
  }

  @Test
  void runIt_runsTypedLines_followsThePaneSize_andExitReturnsToThePrompt_withTheContainerGone() throws Exception {
    String name = prefix + "rm";
    lab.tmux().typeLine("docker run -it --rm --name " + name + " busybox sh");
    lab.tmux().waitFor(s -> s.contains("/ # "), START, "the container's prompt");
    lab.tmux().typeLine("echo hi-$((40+2))");
    lab.tmux().waitForText("hi-42", STEP);

    lab.tmux().typeLine("stty size");
    lab.tmux().waitForText("\n50 160", STEP);
    lab.tmux().resize(100, 30);
    lab.tmux().typeLine("stty size");
    lab.tmux().waitForText("\n30 100", STEP);

    lab.tmux().press("C-c"); // the container's shell gets it; the session goes on
    lab.tmux().typeLine("echo alive-$((2+3))");
    lab.tmux().waitForText("alive-5", STEP);

    lab.tmux().typeLine("exit");
    String screen = lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after exit");
    assertThat(CURSOR_REPORT.matcher(screen).find()).as("no stray cursor-position report:\n" + screen).isFalse();
    waitUntilGone(name);

    lab.tmux().typeLine("echo back");
    lab.tmux().waitFor(s -> s.contains("\nback"), STEP, "the lab shell reads lines again (cooked, echoing)");
  }

  @Test
  void iWithoutT_sendsTypedLines_ctrlDEndsTheInput_andWhatIsTypedAfterIsTheShells() throws Exception {
    String name = prefix + "cat";
    lab.tmux().typeLine("docker run -i --rm --name " + name + " busybox cat");
    lab.tmux().waitFor(s -> lab.engine().inspectContainer(name).isPresent(), START, "the container started");
    lab.tmux().typeLine("first line");
    lab.tmux().waitFor(s -> Tmux.count(s, "first line") >= 2, STEP, "the line echoed as typed, then by cat");
    lab.tmux().press("C-d");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after Ctrl-D ended cat's input");
    waitUntilGone(name);

    String box = prefix + "box";
    lab.tmux().typeLine("docker run -d --name " + box + " busybox sleep 60");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 3, START, "the container started");
    lab.tmux().typeLine("docker exec -i " + box + " sh");
    lab.tmux().typeLine("echo in-$((6*7)); exit 3");
    lab.tmux().waitFor(s -> s.contains("\nin-42") && Tmux.count(s, PROMPT) >= 4, STEP, "exec -i ran the typed line, exit ended it");
    lab.tmux().typeLine("echo status-$?");
    lab.tmux().waitFor(s -> s.contains("\nstatus-3"), STEP, "the next line is the shell's, whole, with exec's status");
  }

  @Test
  void iWithoutT_ctrlC_isEchoed_endsTheCommand_andRmIsHonoured() throws Exception {
    String name = prefix + "ctrlc";
    lab.tmux().typeLine("docker run -i --rm --name " + name + " busybox cat");
    lab.tmux().waitFor(s -> lab.engine().inspectContainer(name).isPresent(), START, "the container started");
    lab.tmux().typeLine("whole");
    lab.tmux().waitFor(s -> Tmux.count(s, "whole") >= 2, STEP, "the line echoed as typed, then by cat: the lab reads the typed lines");
    lab.tmux().type("half a line");
    lab.tmux().waitForText("half a line", STEP);
    lab.tmux().press("C-c");
    lab.tmux().waitFor(s -> s.contains("half a line^C cancelled") && Tmux.count(s, PROMPT) >= 2, STEP,
        "Ctrl-C shown where it was typed, as a terminal echoes it, and the lab prompt back");
    waitUntilGone(name);
  }

  @Test
  void execIt_intoARegistry_andCtrlDReturns() throws Exception {
    String name = prefix + "reg";
    lab.tmux().typeLine("docker run -d --name " + name + " registry:2");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, START, "the registry started");
    lab.tmux().typeLine("docker exec -it " + name + " sh");
    lab.tmux().waitFor(s -> s.contains("/ # "), START, "the exec's prompt");
    lab.tmux().typeLine("ls /etc/docker/registry; stty size");
    lab.tmux().waitFor(s -> s.contains("config.yml") && s.contains("50 160"), STEP, "the command's output");
    lab.tmux().press("C-d");
    String screen = lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the lab prompt after Ctrl-D");
    assertThat(CURSOR_REPORT.matcher(screen).find()).as("no stray cursor-position report:\n" + screen).isFalse();
    assertThat(lab.engine().inspectContainer(name)).as("exec leaves the container running").hasValueSatisfying(c -> assertThat(c.running()).isTrue());
  }

  @Test
  void ctrlPCtrlQ_detaches_attachReturns_andTheExitCodeIsTheContainers() throws Exception {
    String name = prefix + "detach";
    lab.tmux().typeLine("docker run -it --name " + name + " busybox sh");
    lab.tmux().waitFor(s -> s.contains("/ # "), START, "the container's prompt");
    lab.tmux().typeLine("echo one-$((0+1))");
    lab.tmux().waitForText("one-1", STEP);
    lab.tmux().press("C-p");
    lab.tmux().press("C-q");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, STEP, "the lab prompt after Ctrl-P Ctrl-Q");
    assertThat(lab.engine().inspectContainer(name)).as("detached: it runs on").hasValueSatisfying(c -> assertThat(c.running()).isTrue());

    lab.tmux().typeLine("docker attach " + name);
    lab.tmux().typeLine("echo two-$((1+1))");
    lab.tmux().waitForText("two-2", STEP);
    lab.tmux().typeLine("exit 3");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the lab prompt after exit");
    lab.tmux().typeLine("docker ps -a --filter name=" + name);
    lab.tmux().waitForText("Exited (3)", STEP);

    lab.tmux().typeLine("docker start -ai " + name);
    lab.tmux().waitFor(s -> Tmux.count(s, "/ # ") >= 4, STEP, "the restarted container's prompt");
    lab.tmux().typeLine("echo three-$((1+2)); exit 4");
    lab.tmux().waitForText("three-3", STEP);
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 5, STEP, "the lab prompt after start -ai");
  }

  @Test
  void outputWithoutAFinalNewline_getsANewlineAndNothingElse_andASaveIntoAClosedPipeIsQuiet() throws Exception {
    lab.tmux().typeLine("printf '{\"auths\": {}}' > config.json");
    lab.tmux().typeLine("cat config.json");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 3, STEP, "the prompt after cat");
    List<String> rows = lab.tmux().rows();
    int output = rows.indexOf("{\"auths\": {}}");
    assertThat(output).as("the file's text on a row of its own, nothing after it:\n" + String.join("\n", rows)).isPositive();
    assertThat(rows.get(output + 1)).startsWith(PROMPT);

    lab.tmux().typeLine("docker save busybox | head -c 10 | wc -c");
    String screen = lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 4, STEP, "the prompt after the save");
    assertThat(screen).contains("\n10\n" + PROMPT).doesNotContain("Broken pipe").doesNotContain("Saving busybox");
  }

  private void waitUntilGone(String name) throws InterruptedException {
    long end = System.nanoTime() + STEP.toNanos();
    while (lab.engine().inspectContainer(name).isPresent() && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(lab.engine().inspectContainer(name)).as("--rm: the container is gone").isEmpty();
  }
}
