package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path state;

  @Test
  void lint_cleanDirectory_printsTheSummary_exit0() {
    Cli.Result r = new Cli(state).run("lint", "src/test/resources/lessons-fixture");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("2 lessons, 3 steps, 0 problems\n");
  }

  @Test
  void lint_problems_oneLineEach_thenTheSummary_exit1() {
    Cli.Result r = new Cli(state).run("lint", "src/test/resources/lessons-broken");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("src/test/resources/lessons-broken/02-other.yaml:6: requires.lessons[0]: no lesson has the id 'nowhere'\n");
    assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("5 lessons, \\d+ steps, \\d+ problems");
  }

  @Test
  void lint_notADirectory_exit2() {
    Cli.Result r = new Cli(state).run("lint", "/nonexistent/lessons");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("/nonexistent/lessons is not a directory");
  }

  @Test
  void lint_withoutDir_readsTheBundledLessons() throws Exception {
    Cli.Result r = new Cli(state).run("lint");
    assertThat(r.out()).containsPattern("^" + yamlFiles("lessons") + " lessons, " + yamlFiles("lessons/exams") + " exams?, ");
  }

  @Test
  void lint_dirWithExams_lintsThemToo() {
    Cli.Result r = new Cli(state).run("lint", "src/test/resources/exams-fixture");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("1 lesson, 2 exams, 5 steps, 0 problems\n");
  }

  private static long yamlFiles(String dir) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
    }
  }
}
