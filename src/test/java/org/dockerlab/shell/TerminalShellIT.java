package org.dockerlab.shell;

import org.dockerlab.testing.TestRegistries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dockerlab.testing.LabTerminal;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;

/** The shell in a real terminal (tmux), typed at as a person would. */
@RequiresEngine
class TerminalShellIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final String PROMPT = "dockerlab workspace $";
  private static final String SECRET = "s3cret-Pw!";

  @TempDir Path state;
  @RegisterExtension final LabTerminal lab = new LabTerminal(() -> state, PROMPT, START);

  @Test
  void login_masksThePassword_andHistoryNeverHoldsIt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String server;
    try (GenericContainer<?> registry = TestRegistries.withPassword("manu", SECRET)) {
      registry.start();
      server = "localhost:" + registry.getMappedPort(5000);

      lab.tmux().typeLine("docker login -u manu " + server);
      lab.tmux().waitForText("Password:", Duration.ofSeconds(15));
      lab.tmux().type(SECRET);
      lab.tmux().press("Enter");
      String screen = lab.tmux().waitForText("Login Succeeded", Duration.ofSeconds(20));
      assertThat(screen).doesNotContain(SECRET).doesNotContain("*****");

      lab.tmux().typeLine("docker login -u manu -p " + SECRET + " " + server);
      lab.tmux().waitFor(s -> Tmux.count(s, "Login Succeeded") == 2, Duration.ofSeconds(20), "the second login");
      assertThat(lab.tmux().screen()).contains("WARNING! Using --password via the CLI is insecure");

      lab.tmux().typeLine("cat ~/.docker/config.json");
      lab.tmux().waitForText("\"" + server + "\"", Duration.ofSeconds(10));

      lab.tmux().press("C-d");
      lab.tmux().waitForText("[exited 0]", Duration.ofSeconds(15));
    }
    String history = Files.readString(state.resolve("history"));
    assertThat(history).contains("docker login -u manu " + server).contains("cat ~/.docker/config.json");
    assertThat(history).doesNotContain(SECRET);
    Path config = state.resolve("docker-config/config.json");
    assertThat(Files.getPosixFilePermissions(config)).hasSize(2);
    assertThat(Files.readString(config)).doesNotContain(SECRET);
  }

  @Test
  void ctrlC_duringASave_returnsToThePrompt_andLeavesNoPartialFile() throws Exception {
    String image = "dlt-shell-big:1";
    buildBigImage(image);
    try {
      lab.tmux().typeLine("docker save " + image + " | gzip > big.tar.gz");
      Thread.sleep(1500);
      lab.tmux().press("C-c");
      lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, Duration.ofSeconds(15), "the prompt after Ctrl-C");
      assertThat(lab.tmux().screen()).containsIgnoringCase("cancel");
      try (var files = Files.list(state.resolve("workspace"))) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("big.tar.gz") || n.contains(".tmp"));
      }
      lab.tmux().typeLine("docker version");
      lab.tmux().waitForText("Server: Docker Engine", Duration.ofSeconds(15));
    } finally {
      lab.engine().removeImage(image, true);
    }
  }

  @Test
  void tab_completesDockerSubcommands_andImageNames() throws Exception {
    lab.tmux().type("docker sa");
    lab.tmux().press("Tab");
    lab.tmux().waitForText("docker save ", Duration.ofSeconds(5));
    lab.tmux().press("C-u");
    lab.tmux().type("docker imag");
    lab.tmux().press("Tab");
    lab.tmux().waitFor(s -> s.contains("image") && s.contains("images"), Duration.ofSeconds(5), "both image and images offered");
    lab.tmux().press("C-u");
    lab.tmux().type("docker save busyb");
    lab.tmux().press("Tab");
    lab.tmux().waitForText("docker save busybox:latest", Duration.ofSeconds(5));
    lab.tmux().press("C-c");
    lab.tmux().waitFor(s -> Tmux.count(s, PROMPT) >= 2, Duration.ofSeconds(5), "a fresh prompt after Ctrl-C");
    lab.tmux().typeLine("exit");
    lab.tmux().waitForText("[exited 0]", Duration.ofSeconds(15));
  }

  private void buildBigImage(String tag) throws Exception {
    // 200 MB of random bytes: gzip needs seconds for it, so Ctrl-C lands mid-save.
    org.dockerlab.testing.RandomImage.build(lab.engine(), tag, 200, state);
  }
}
