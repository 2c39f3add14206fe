package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose work a report is: --learner, DOCKERLAB_LEARNER, the stored name, the user name; stored on first use. */
class LearnerCommandTest {
  private static final String FIXTURE = "src/test/resources/lessons-fixture";

  @TempDir Path state;

  private Cli.Result run(Map<String, String> env, String... args) {
    return new Cli(state, env).run(args);
  }

  private String stored() throws Exception {
    return new ObjectMapper().readTree(state.resolve("progress.json").toFile()).path("learner").asText(null);
  }

  @Test
  void firstUse_storesTheUserName_andEveryFormatNamesIt() throws Exception {
    Map<String, String> env = Map.of("USER", "ada", "DOCKERLAB_LEARNER", "");

    Cli.Result text = run(env, "grade", "--lessons", FIXTURE);

    assertThat(text.out()).startsWith("Grade of ada (recorded verdicts)");
    assertThat(stored()).isEqualTo("ada");
    assertThat(run(env, "grade", "--lessons", FIXTURE, "--format", "json").out()).contains("\"learner\" : \"ada\"");
    assertThat(run(env, "grade", "--lessons", FIXTURE, "--format", "markdown").out()).contains("Learner: **ada**.");
    assertThat(run(env, "grade", "--lessons", FIXTURE, "--format", "junit").out()).contains("<property name=\"learner\" value=\"ada\"/>");
    assertThat(run(env, "grade", "--lessons", FIXTURE, "--format", "classroom").out()).contains("\"learner\" : \"ada\"");
    assertThat(run(env, "progress", "--lessons", FIXTURE).out()).startsWith("Learner: ada\n");
  }

  @Test
  void storedName_outlivesAnotherUserName_givenNameReplacesIt() throws Exception {
    run(Map.of("USER", "ada", "DOCKERLAB_LEARNER", ""), "grade", "--lessons", FIXTURE, "--learner", "Ada Lovelace");

    assertThat(run(Map.of("USER", "runner", "DOCKERLAB_LEARNER", ""), "grade", "--lessons", FIXTURE).out()).startsWith("Grade of Ada Lovelace ");
    assertThat(run(Map.of("USER", "runner", "DOCKERLAB_LEARNER", "Grace"), "progress", "--lessons", FIXTURE).out()).startsWith("Learner: Grace\n");
    assertThat(stored()).isEqualTo("Grace");
  }

  @Test
  void nameWithCommasAndQuotes_keptAsWritten() throws Exception {
    Cli.Result r = run(Map.of(), "grade", "--lessons", FIXTURE, "--learner", "O'Brien, \"Pat\"");

    assertThat(r.out()).startsWith("Grade of O'Brien, \"Pat\" (recorded verdicts)");
    assertThat(stored()).isEqualTo("O'Brien, \"Pat\"");
  }

  @Test
  void blankOrMultiLineName_exit2_oneLine_andNothingStored() {
    Cli.Result r = run(Map.of(), "grade", "--lessons", FIXTURE, "--learner", "two\nlines");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("dockerlab: --learner: the learner's name has a line break or a control character");
    assertThat(Files.exists(state.resolve("progress.json"))).isFalse();
  }
}
