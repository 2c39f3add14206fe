package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HumanDurationTest {
  @Test
  void wordsLikeTheCli() {
    assertThat(HumanUnits.duration(Duration.ofMillis(300))).isEqualTo("Less than a second");
    assertThat(HumanUnits.duration(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(HumanUnits.duration(Duration.ofSeconds(59))).isEqualTo("59 seconds");
    assertThat(HumanUnits.duration(Duration.ofSeconds(61))).isEqualTo("About a minute");
    assertThat(HumanUnits.duration(Duration.ofMinutes(2))).isEqualTo("2 minutes");
    assertThat(HumanUnits.duration(Duration.ofMinutes(59))).isEqualTo("59 minutes");
    assertThat(HumanUnits.duration(Duration.ofMinutes(89))).isEqualTo("About an hour");
    assertThat(HumanUnits.duration(Duration.ofMinutes(91))).isEqualTo("2 hours");
    assertThat(HumanUnits.duration(Duration.ofDays(3))).isEqualTo("3 days");
    assertThat(HumanUnits.duration(Duration.ofDays(20))).isEqualTo("2 weeks");
    assertThat(HumanUnits.duration(Duration.ofDays(90))).isEqualTo("3 months");
    assertThat(HumanUnits.duration(Duration.ofDays(800))).isEqualTo("2 years");
  }

  @Test
  void since_addsAgo() {
    Instant now = Instant.parse("2024-01-01T12:00:00Z");
    assertThat(HumanUnits.since(now.minusSeconds(120), now)).isEqualTo("2 minutes ago");
  }
}
