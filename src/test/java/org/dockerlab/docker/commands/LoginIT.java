package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import org.dockerlab.io.Prompter;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestRegistries;
import org.dockerlab.testing.TestRegistry;
import org.dockerlab.testing.TestRegistries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** login, logout and an authenticated push against a registry:2 with htpasswd auth (user manu, password manu). */
@RequiresEngine
class LoginIT {
  @RegisterExtension static final TestRegistry registry = new TestRegistry(() -> TestRegistries.withPassword("manu", "manu"), "dlt-reg-auth-");

  @TempDir Path dir;
  private Path config;
  private DockerRunner docker;
  private String image;

  @BeforeEach
  void tagBusybox() {
    config = dir.resolve("docker-config");
    docker = new DockerRunner(dir, config);
    image = registry.host() + "/dlt-reg-busybox";
    docker.engine().tag("busybox:latest", image);
  }

  @AfterEach
  void removeTag() {
    try {
      docker.engine().removeImage(image + ":latest", false);
    } finally {
      docker.close();
    }
  }

  @Test
  void push_withoutLogin_failsWithTheEnginesWords() {
    DockerRunner.Result r = docker.run("push", image);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error()).containsAnyOf("no basic auth credentials", "authentication required");
  }

  @Test
  void login_withPasswordStdin_storesTheCliEntryOwnerOnly_andPushThenWorks() throws IOException {
    DockerRunner.Result login = docker.runWithStdin("manu\n", "login", "-u", "manu", "--password-stdin", registry.host());

    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(login.out()).isEqualTo("Login Succeeded\n");
    assertThat(login.err())
        .contains("WARNING! Your password will be stored unencrypted in " + config.resolve("config.json") + ".")
        .doesNotContain("--password via the CLI");
    Path file = config.resolve("config.json");
    assertThat(Files.readString(file)).contains("\"" + registry.host() + "\": {\n\t\t\t\"auth\": \"bWFudTptYW51\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    DockerRunner.Result push = docker.run("push", image);
    assertThat(push.exitCode()).as(push.err() + push.error()).isZero();
    assertThat(push.out()).containsPattern("(?m)^latest: digest: sha256:[0-9a-f]{64} size: \\d+$");

    DockerRunner.Result logout = docker.run("logout", registry.host());
    assertThat(logout.out()).isEqualTo("Removing login credentials for " + registry.host() + "\n");
    assertThat(Files.readString(file)).doesNotContain(registry.host());
    assertThat(docker.run("logout", "http://" + registry.host() + "/").out()).isEqualTo("Not logged in to " + registry.host() + "\n");
  }

  @Test
  void login_intoAConfigNamingACredsStore_saysTheLabStoresInTheFile_andKeepsTheOtherFields() throws IOException {
    Files.createDirectories(config);
    Files.writeString(
        config.resolve("config.json"),
        "{\n\t\"auths\": {},\n\t\"HttpHeaders\": {\n\t\t\"User-Agent\": \"Docker-Client/19.03.13 (darwin)\"\n\t},\n\t\"credsStore\": \"osxkeychain\"\n}");

    DockerRunner.Result r = docker.runWithStdin("manu\n", "login", "-u", "manu", "--password-stdin", registry.host());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("credential helper 'osxkeychain'").contains("the lab does not use credential helpers");
    assertThat(Files.readString(config.resolve("config.json")))
        .contains("\"auth\": \"bWFudTptYW51\"")
        .contains("\"User-Agent\": \"Docker-Client/19.03.13 (darwin)\"")
        .contains("\"credsStore\": \"osxkeychain\"");
  }

  @Test
  void login_withAWrongPassword_failsWithTheEnginesWords_andStoresNothing() {
    DockerRunner.Result r = docker.runWithStdin("wrong\n", "login", "-u", "manu", "--password-stdin", registry.host());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error()).containsIgnoringCase("unauthorized").doesNotContain("wrong");
    assertThat(r.out()).doesNotContain("Login Succeeded");
    assertThat(config.resolve("config.json")).doesNotExist();
  }

  @Test
  void login_withPasswordOnTheCommandLine_worksWithTheCliWarning() {
    DockerRunner.Result r = docker.run("login", "-u", "manu", "-p", "manu", registry.host());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
  }

  @Test
  void login_withoutPassword_andNoTerminal_isTheCliNonTtyError() {
    DockerRunner.Result r = docker.run("login", "-u", "manu", registry.host());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.error()).isEqualTo("Error: Cannot perform an interactive login from a non TTY device");
    assertThat(r.err()).contains("Error: Cannot perform an interactive login from a non TTY device");
  }

  @Test
  void login_onATerminal_asksForWhatIsMissing_thenReusesTheStoredCredentials() {
    Deque<String> typed = new ArrayDeque<>(java.util.List.of("manu", "manu"));
    Prompter prompter =
        new Prompter() {
          @Override
          public String readLine(String prompt) {
            return typed.pop();
          }

          @Override
          public char[] readSecret(String prompt) {
            return typed.pop().toCharArray();
          }
        };
    try (DockerRunner terminal = new DockerRunner(dir, config, prompter)) {
      DockerRunner.Result first = terminal.run("login", registry.host());
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(typed).isEmpty();

      DockerRunner.Result again = terminal.run("login", registry.host());
      assertThat(again.out()).isEqualTo("Authenticating with existing credentials...\nLogin Succeeded\n");
    }
  }

  @Test
  void login_toAPortWhereNoRegistryListens_failsWithTheEnginesWords_andStoresNothing() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    DockerRunner.Result r = docker.runWithStdin("manu\n", "login", "-u", "manu", "--password-stdin", "localhost:" + port);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error()).contains("localhost:" + port);
    assertThat(config.resolve("config.json")).doesNotExist();
  }
}
