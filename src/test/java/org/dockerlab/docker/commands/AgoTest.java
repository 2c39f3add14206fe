package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgoTest {
  @Test
  void wordsLikeTheCli() {
    assertThat(Ago.human(Duration.ofMillis(300))).isEqualTo("Less than a second");
    assertThat(Ago.human(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(Ago.human(Duration.ofSeconds(59))).isEqualTo("59 seconds");
    assertThat(Ago.human(Duration.ofSeconds(61))).isEqualTo("About a minute");
    assertThat(Ago.human(Duration.ofMinutes(2))).isEqualTo("2 minutes");
    assertThat(Ago.human(Duration.ofMinutes(59))).isEqualTo("59 minutes");
    assertThat(Ago.human(Duration.ofMinutes(89))).isEqualTo("About an hour");
    assertThat(Ago.human(Duration.ofMinutes(91))).isEqualTo("2 hours");
    assertThat(Ago.human(Duration.ofDays(3))).isEqualTo("3 days");
    assertThat(Ago.human(Duration.ofDays(20))).isEqualTo("2 weeks");
    assertThat(Ago.human(Duration.ofDays(90))).isEqualTo("3 months");
    assertThat(Ago.human(Duration.ofDays(800))).isEqualTo("2 years");
  }

  @Test
  void since_addsAgo() {
    Instant now = Instant.parse("2024-01-01T12:00:00Z");
    assertThat(Ago.since(now.minusSeconds(120), now)).isEqualTo("2 minutes ago");
  }
}
