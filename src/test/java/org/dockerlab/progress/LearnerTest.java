package org.dockerlab.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnerTest {
  private static final Map<String, String> OS = Map.of("USER", "ada");

  @Test
  void nothingGivenOrStored_theOsUserName() {
    assertThat(Learner.resolve(null, null, OS, "jvm-user")).isEqualTo("ada");
    assertThat(Learner.resolve(null, null, Map.of("USERNAME", "win"), "jvm-user")).isEqualTo("win");
    assertThat(Learner.resolve(null, null, Map.of(), "jvm-user")).isEqualTo("jvm-user");
  }

  @Test
  void stored_beatsTheOsUserName_soReportsMadeElsewhereNameTheSamePerson() {
    assertThat(Learner.resolve(null, "Ada Lovelace", OS, "runner")).isEqualTo("Ada Lovelace");
  }

  @Test
  void givenNow_beatsStored_flagFirstThenEnvironment() {
    Map<String, String> env = Map.of("USER", "ada", Learner.ENV, "  Grace Hopper ");

    assertThat(Learner.resolve(null, "Ada Lovelace", env, "x")).isEqualTo("Grace Hopper");
    assertThat(Learner.resolve("O'Brien, \"Pat\"", "Ada Lovelace", env, "x")).isEqualTo("O'Brien, \"Pat\"");
  }

  @Test
  void badNames_oneLineSayingWhichSourceAndWhy() {
    assertThatThrownBy(() -> Learner.resolve("  ", null, OS, "x")).hasMessage("--learner: the learner's name is empty");
    assertThatThrownBy(() -> Learner.resolve("a\nb", null, OS, "x")).hasMessage("--learner: the learner's name has a line break or a control character");
    assertThatThrownBy(() -> Learner.resolve(null, null, Map.of(Learner.ENV, "x".repeat(101)), "x"))
        .hasMessage("DOCKERLAB_LEARNER: the learner's name is longer than 100 characters");
  }
}
