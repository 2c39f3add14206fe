package org.dockerlab.hardening;

import org.dockerlab.testing.TestRegistries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;

/**
 * After logins with the password typed at the prompt, given with -p and piped to --password-stdin, the
 * password is nowhere in the lab's files but config.json (history, debug log, progress, trace output, any
 * other file under the state directory), neither plain nor in base64.
 */
@RequiresEngine
class SecretsIT {
  private static final String USER = "manu";
  private static final String SECRET = "dlt-Hard-Pw-7q2x!";
  private static final String PROMPT = "dockerlab workspace $";

  @TempDir Path state;

  @Test
  void passwordGivenThreeWays_isFoundInNoFileButConfigJson_andNotInTraces() throws Exception {
    assumeTrue(Tmux.available() || "true".equals(System.getenv("CI")), "tmux is not installed");
    try (GenericContainer<?> registry =
        TestRegistries.withPassword(USER, SECRET).withCreateContainerCmdModifier(cmd -> cmd.withName("dlt-hard-secrets-registry"))) {
      registry.start();
      String server = "localhost:" + registry.getMappedPort(5000);
      String pushed = server + "/dlt-hard-secret:1"; // a push sends the credentials again, in a header
      String screen = atTheTerminal(server);
      List<String> traced = screen.lines().filter(l -> l.matches("\\s+(GET|POST|HEAD|PUT|DELETE)\\s+/.*")).toList();
      assertThat(traced).as("trace on printed the API calls").anyMatch(l -> l.contains("/auth"));
      assertNoSecret("trace output on the screen", String.join("\n", traced));
      assertNoSecret("the screen, except the lines typed with -p and echo",
          String.join("\n", screen.lines().filter(l -> !(l.contains("docker login") && l.contains(SECRET))).toList()));

      LabProcess.Result scripted = new LabProcess(state).run(
          "trace on\ndocker login -u " + USER + " -p " + SECRET + " " + server + "\n"
              + "echo " + SECRET + " | docker login -u " + USER + " --password-stdin " + server + "\n"
              + "docker logout " + server + "\necho " + SECRET + " | docker login -u " + USER + " --password-stdin " + server + "\n"
              + "docker tag busybox:latest " + pushed + "\ndocker push " + pushed + "\ndocker rmi " + pushed + "\n",
          120, "--debug", "shell");
      assertThat(scripted.exitCode()).as(scripted.all()).isZero();
      assertThat(scripted.all()).contains("Login Succeeded").contains("/auth").contains("digest: sha256:");
      assertNoSecret("the scripted shell's output with trace on", scripted.all());
    } finally {
      try (var engine = TestEngine.connect(state)) {
        engine.imageReferences().stream().filter(r -> r.contains("/dlt-hard-secret:")).forEach(r -> engine.removeImage(r, true));
      }
    }

    for (String format : List.of("text", "json", "junit", "markdown")) {
      LabProcess.Result graded = new LabProcess(state).run(
          "", 60, "grade", "--format", format, "--output", state.resolve("grade-report." + format).toString());
      assertThat(graded.exitCode()).as(graded.all()).isIn(0, 1);
      assertNoSecret("grade --format " + format + " output", graded.all());
      assertThat(state.resolve("grade-report." + format)).exists();
    }

    Path config = state.resolve("docker-config/config.json");
    assertThat(Files.readString(config)).contains(base64(USER + ":" + SECRET));
    assertThat(Files.getPosixFilePermissions(config)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(state.resolve("history")).exists();
    assertThat(state.resolve("logs/debug.log")).exists();
    assertThat(state.resolve("progress.json")).exists();
    List<Path> searched = new ArrayList<>();
    try (Stream<Path> files = Files.walk(state)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(config)).toList()) {
        assertNoSecret(state.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        searched.add(file);
      }
    }
    assertThat(searched).as("files searched").contains(state.resolve("history"), state.resolve("logs/debug.log"), state.resolve("progress.json"),
        state.resolve("grade-report.json"), state.resolve("grade-report.junit"));
  }

  /** The three logins in a real terminal with --debug and trace on, a lesson started; returns the screen. */
  private String atTheTerminal(String server) throws Exception {
    try (Tmux tmux = Tmux.lab(state, "--debug", "shell")) {
      tmux.waitForText(PROMPT, Duration.ofSeconds(30));
      tmux.typeLine("trace on");
      tmux.typeLine("docker login -u " + USER + " " + server);
      tmux.waitForText("Password:", Duration.ofSeconds(15));
      tmux.type(SECRET);
      tmux.press("Enter");
      tmux.waitForText("Login Succeeded", Duration.ofSeconds(20));
      tmux.typeLine("docker login -u " + USER + " -p " + SECRET + " " + server);
      tmux.waitFor(s -> Tmux.count(s, "Login Succeeded") == 2, Duration.ofSeconds(20), "the login with -p");
      tmux.typeLine("echo " + SECRET + " | docker login -u " + USER + " --password-stdin " + server);
      tmux.waitFor(s -> Tmux.count(s, "Login Succeeded") == 3, Duration.ofSeconds(20), "the login with --password-stdin");
      tmux.typeLine("start save");
      tmux.waitForText("[save 1/", Duration.ofSeconds(20));
      tmux.press("C-d");
      return tmux.waitForText("[exited 0]", Duration.ofSeconds(15));
    }
  }

  /** The password, user:password in base64, and the password's base64 at any of the three byte alignments. */
  private static void assertNoSecret(String where, String text) {
    assertThat(text).as(where).doesNotContain(SECRET).doesNotContain(base64(USER + ":" + SECRET));
    for (int shift = 0; shift < 3; shift++) {
      String encoded = base64("x".repeat(shift) + SECRET);
      int from = shift == 0 ? 0 : 4;
      int to = 4 * ((shift + SECRET.length()) / 3);
      assertThat(text).as(where + " (base64 of the password, alignment " + shift + ")").doesNotContain(encoded.substring(from, to));
    }
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
