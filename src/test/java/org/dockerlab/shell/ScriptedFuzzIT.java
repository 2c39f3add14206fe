package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dockerlab.testing.LabProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random lines, with control characters and bytes that are not UTF-8, typed into one scripted lab
 * shell (the jar) whose engine address answers nothing: the shell reads them all, no exception escapes,
 * and the lines it prints itself carry no raw control characters.
 */
class ScriptedFuzzIT {
  private static final int LINES = 10_000;
  private static final String END = "dlt-hard-fuzz-done";

  @TempDir Path state;

  @Test
  void tenThousandRandomLines_eachEndInAResultOrOneReadableLine() throws Exception {
    // cd is left out so every system-shell line runs in the lab's temporary workspace
    FuzzLines lines = new FuzzLines(7L, FuzzLines.PIECES.stream().filter(p -> !p.equals("cd")).toList());
    ByteArrayOutputStream script = new ByteArrayOutputStream();
    for (int i = 0; i < LINES; i++) {
      script.writeBytes(lines.lineBytes());
      script.write('\n');
    }
    // and lines that echo what was typed back in an error: the terminal must not act on it
    script.writeBytes("docker load < a\u001b[2Jb\nstart \u001b]0;pwned\u0007\ndocker \u001b[31mred\n".getBytes(StandardCharsets.UTF_8));
    script.writeBytes(("echo " + END + "\n").getBytes(StandardCharsets.UTF_8));
    long read = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(script.toByteArray()), StandardCharsets.UTF_8)).lines().count();
    assertThat(read).as("lines the shell reads").isGreaterThanOrEqualTo(LINES + 1);

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path stdin = state.resolve("script.txt");
    Files.write(stdin, script.toByteArray());
    Path out = state.resolve("out.txt");
    Path err = state.resolve("err.txt");
    // No PATH: the system shell runs only its builtins, so random words never start a real program.
    LabProcess lab = new LabProcess(state.resolve("home"), Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + port, "PATH", "/nonexistent-dlt-hard"));
    List<String> command = lab.command("shell");
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder pb = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().putAll(lab.environment());
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the shell did not finish 10,000 lines in 300 s");
    }
    String stdout = new String(Files.readAllBytes(out), StandardCharsets.UTF_8); // /bin/sh echoes the broken bytes back
    String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(tail(stderr)).isEqualTo(1); // some lines failed, and the shell said so at the end
    assertThat(stdout.strip()).as("the last line ran: the shell read to the end").endsWith(END);
    assertThat(stdout + stderr).doesNotContain("\tat ").doesNotContain("internal error").doesNotContain("Exception");
    List<String> own = stderr.lines().filter(l -> l.startsWith("dockerlab:") || l.startsWith("docker:") || l.startsWith("Error")).toList();
    assertThat(own).as("the lab's own error lines").hasSizeGreaterThan(LINES / 10)
        .allMatch(l -> l.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f), "without control characters");
  }

  private static String tail(String text) {
    return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
  }
}
