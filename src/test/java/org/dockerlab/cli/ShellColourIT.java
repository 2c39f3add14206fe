package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dockerlab.testing.LabProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell in a pseudo-terminal: coloured by default, without a colour sequence under NO_COLOR. */
class ShellColourIT {
  private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
  @TempDir Path dir;

  /** What a terminal receives when a person types {@code lessons}, then {@code start save} and exits. */
  private String session(Map<String, String> extraEnv, String... flags) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) for a pseudo-terminal");
    LabProcess lab = new LabProcess(Files.createDirectories(dir.resolve("state")), extraEnv);
    List<String> cmd = new java.util.ArrayList<>(lab.command(flags));
    cmd.add("shell");
    String line = cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", "(sleep 5; printf 'lessons\\n'; sleep 2; printf 'start save\\n'; sleep 3; printf 'exit\\n') | script -qefc \"stty cols 100 rows 30; exec $0\" /dev/null", line);
    pb.environment().putAll(lab.environment());
    pb.environment().put("TERM", "xterm-256color");
    pb.environment().put("COLUMNS", "100");
    pb.environment().put("LINES", "30");
    pb.redirectErrorStream(true);
    Path out = dir.resolve("pty-" + System.nanoTime() + ".txt");
    pb.redirectOutput(out.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the shell ends").isTrue();
    return Files.readString(out);
  }

  @Test
  void noColor_aTerminalSessionPrintsNoColourSequence_whileByDefaultItDoes() throws Exception {
    Map<String, String> noEngine = Map.of("DOCKER_HOST", "unix://" + dir.resolve("none.sock"));
    String coloured = session(noEngine);
    assertThat(coloured).contains("dockerlab").contains("save");
    assertThat(SGR.matcher(coloured).find()).as("colour by default at a terminal").isTrue();

    Map<String, String> noColour = new java.util.HashMap<>(noEngine);
    noColour.put("NO_COLOR", "1");
    String plain = session(noColour);
    assertThat(plain).contains("Lesson: Save an image").contains("dockerlab workspace $");
    assertThat(SGR.matcher(plain).results().map(m -> m.group().replace("\u001b", "ESC")).toList()).as("colour sequences under NO_COLOR").isEmpty();

    String never = session(noEngine, "--color=never");
    assertThat(SGR.matcher(never).find()).as("--color=never").isFalse();
  }
}
