package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Random lines ({@link FuzzLines}) for the line parser and the masker. */
class ShellFuzzTest {
  private static final long SEED = 20240611L;
  private static final int LINES = 10_000;
  private final FuzzLines lines = new FuzzLines(SEED);
  private final ShellParser parser = new ShellParser(Plans.BUILTINS);

  @Test
  void randomLines_alwaysGiveAPlan_quickly() {
    Set<Class<?>> seen = new HashSet<>();
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int i = 0; i < LINES; i++) {
        String line = randomLine();
        Plan plan = parser.parse(line, Plans.ENV, Plans.HOME);
        seen.add(plan.getClass());
        assertThat(plan).as(line).isNotNull();
        if (plan instanceof Plan.Sequence seq) {
          assertThat(seq.steps()).as(line).allMatch(s -> s.pipeline() != null && s.next() != null);
          seq.steps().forEach(s -> seen.add(s.pipeline().getClass()));
        }
        if (plan instanceof Plan.Invalid invalid) {
          assertThat(invalid.message()).as(line).isNotBlank().doesNotContain("\n");
        }
      }
    });
    // The grammar must reach every kind of plan, or the fuzzing proves little.
    assertThat(seen).contains(Plan.Empty.class, Plan.Invalid.class, Pipeline.Docker.class, Pipeline.System.class,
        Pipeline.Builtin.class);
  }

  @Test
  void randomLines_neverBreakTheMasker() {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int i = 0; i < LINES; i++) {
        String line = randomLine();
        assertThat(SecretMasker.maskOrThrow(line)).as(line).isNotNull();
      }
    });
  }

  @Test
  void passwordPlantedAfterDashP_isAlwaysMasked() {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int i = 0; i < LINES; i++) {
        String secret = "Zq9" + Long.toString(lines.random().nextLong() & Long.MAX_VALUE, 36);
        String line = randomLine() + " docker login -u manu -p " + secret + " " + randomLine();
        assertThat(SecretMasker.maskOrThrow(line)).as(line).doesNotContain(secret);
        assertThat(SecretMasker.containsSecret(line)).as(line).isTrue();
      }
    });
  }

  private String randomLine() {
    return lines.line();
  }
}
