package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Random lines from a grammar of words, quotes, operators, control characters and unicode. */
class ShellFuzzTest {
  private static final long SEED = 20240611L;
  private static final int LINES = 10_000;
  private static final List<String> PIECES = List.of(
      "docker", "sudo", "save", "load", "login", "busybox", "gzip", "gunzip", "-c", "zcat", "cat", "-p", "-u",
      "htpasswd", "-Bbn", "curl", "cd", "history", "x.tar", "~", "~/", "$HOME", "${HOME}", "${X:-d}", "${#X}",
      "$(", ")", "(", "`", "'", "\"", "\\", "#", "$", "|", ">", ">>", "<", "2>", "2>&1", "&&", "||", ";", "&",
      "<<<", "<<", ">&", "<user>", "-", "--password=", "http://u:p@h/", "PASSWORD=", "=", ":", "@", "for", "do",
      "done", "\u0000", "\u0001", "\u001b[31m", "\n", "\t", "\r", "\u007f", "é", "日本", "🐳", "\uD800", "\u202E",
      "{", "}", "*", "?", "[", "!");

  private final Random random = new Random(SEED);
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
        String secret = "Zq9" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        String line = randomLine() + " docker login -u manu -p " + secret + " " + randomLine();
        assertThat(SecretMasker.maskOrThrow(line)).as(line).doesNotContain(secret);
        assertThat(SecretMasker.containsSecret(line)).as(line).isTrue();
      }
    });
  }

  private String randomLine() {
    StringBuilder line = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        line.append(PIECES.get(random.nextInt(PIECES.size())));
      } else if (kind < 8) {
        line.append(word(1 + random.nextInt(8)));
      } else if (kind == 8) {
        line.append((char) random.nextInt(0x3000));
      } else {
        line.append(random.nextInt(50) == 0 ? word(20_000) : word(200));
      }
      if (random.nextInt(3) > 0) {
        line.append(' ');
      }
    }
    return line.toString();
  }

  private String word(int length) {
    StringBuilder w = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }
}
