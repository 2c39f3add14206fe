package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path state;

  @Test
  void version_printsTheVersion_withoutAnEngine() {
    Cli.Result r = new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")).run("version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("dockerlab ").doesNotContain("unknown");
  }

  @Test
  void versionFastPath_printsExactlyWhatTheVersionCommandPrints() {
    java.io.StringWriter fast = new java.io.StringWriter();
    LabVersionCommand.print(new java.io.PrintWriter(fast));

    assertThat(fast.toString()).isEqualTo(new Cli(state).run("version").out()).isEqualTo(new Cli(state).run("--version").out());
  }

  @Test
  void versionFastPath_isTakenOnlyForTheVersionAlone() {
    assertThat(Main.isVersionOnly(new String[] {"version"})).isTrue();
    assertThat(Main.isVersionOnly(new String[] {"-V"})).isTrue();
    assertThat(Main.isVersionOnly(new String[] {"--debug", "version"})).isFalse();
    assertThat(Main.isVersionOnly(new String[] {"version", "--help"})).isFalse();
    assertThat(Main.isVersionOnly(new String[] {})).isFalse();
  }

  @Test
  void unknownSubcommand_isBadInput_withASuggestion() {
    Cli.Result r = new Cli(state).run("docter");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("docter").contains("doctor").contains("--help");
  }

  @Test
  void unknownOption_isBadInput() {
    Cli.Result r = new Cli(state).run("images", "prepare", "--offlin");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--offlin");
  }

  @Test
  void doctor_withNoEngine_exits3_withAFix_andNoStackTrace() {
    Cli.Result r = new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")).run("doctor");
    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.out()).contains("FAIL  engine").contains("scripts/engine-up");
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void images_withNoEngine_isOneLine_exit3() {
    Cli.Result r = new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")).run("images");
    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("does not answer");
  }

  @Test
  void stateDirectory_isCreatedWhereDockerlabHomeSays() {
    new Cli(state.resolve("lab"), Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock")).run("doctor");
    assertThat(state.resolve("lab/workspace")).isDirectory();
    assertThat(state.resolve("lab/docker-config")).isDirectory();
  }
}
