package org.dockerlab.shell;

import org.dockerlab.testing.TestRegistries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;

/** The shell in a real terminal (tmux), typed at as a person would. */
@RequiresEngine
class TerminalShellIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final String PROMPT = "dockerlab workspace $";
  private static final String SECRET = "s3cret-Pw!";

  @TempDir Path state;
  private Tmux tmux;
  private DockerGateway engine;

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
      engine.close();
    }
  }

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

      tmux.typeLine("docker login -u manu " + server);
      tmux.waitForText("Password:", Duration.ofSeconds(15));
      tmux.type(SECRET);
      tmux.press("Enter");
      String screen = tmux.waitForText("Login Succeeded", Duration.ofSeconds(20));
      assertThat(screen).doesNotContain(SECRET).doesNotContain("*****");

      tmux.typeLine("docker login -u manu -p " + SECRET + " " + server);
      tmux.waitFor(s -> Tmux.count(s, "Login Succeeded") == 2, Duration.ofSeconds(20), "the second login");
      assertThat(tmux.screen()).contains("WARNING! Using --password via the CLI is insecure");

      tmux.typeLine("cat ~/.docker/config.json");
      tmux.waitForText("\"" + server + "\"", Duration.ofSeconds(10));

      tmux.press("C-d");
      tmux.waitForText("[exited 0]", Duration.ofSeconds(15));
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
      tmux.typeLine("docker save " + image + " | gzip > big.tar.gz");
      Thread.sleep(1500);
      tmux.press("C-c");
      tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, Duration.ofSeconds(15), "the prompt after Ctrl-C");
      assertThat(tmux.screen()).containsIgnoringCase("cancel");
      try (var files = Files.list(state.resolve("workspace"))) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("big.tar.gz") || n.contains(".tmp"));
      }
      tmux.typeLine("docker version");
      tmux.waitForText("Server: Docker Engine", Duration.ofSeconds(15));
    } finally {
      engine.removeImage(image, true);
    }
  }

  @Test
  void tab_completesDockerSubcommands_andImageNames() throws Exception {
    tmux.type("docker sa");
    tmux.press("Tab");
    tmux.waitForText("docker save ", Duration.ofSeconds(5));
    tmux.press("C-u");
    tmux.type("docker imag");
    tmux.press("Tab");
    tmux.waitFor(s -> s.contains("image") && s.contains("images"), Duration.ofSeconds(5), "both image and images offered");
    tmux.press("C-u");
    tmux.type("docker save busyb");
    tmux.press("Tab");
    tmux.waitForText("docker save busybox:latest", Duration.ofSeconds(5));
    tmux.press("C-c");
    tmux.waitFor(s -> Tmux.count(s, PROMPT) >= 2, Duration.ofSeconds(5), "a fresh prompt after Ctrl-C");
    tmux.typeLine("exit");
    tmux.waitForText("[exited 0]", Duration.ofSeconds(15));
  }

  private void buildBigImage(String tag) throws Exception {
    // 200 MB of random bytes: gzip needs seconds for it, so Ctrl-C lands mid-save.
    org.dockerlab.testing.RandomImage.build(engine, tag, 200, state);
  }
}
