package org.dockerlab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HumanUnitsTest {
  @Test
  void size_usesDecimalUnitsWithThreeDigits_likeTheImagesTable() {
    assertThat(HumanUnits.size(3_963_406)).isEqualTo("3.96MB");
    assertThat(HumanUnits.size(26_820_000)).isEqualTo("26.8MB");
    assertThat(HumanUnits.size(4_000_000)).isEqualTo("4MB");
    assertThat(HumanUnits.size(100_000_000)).isEqualTo("100MB");
    assertThat(HumanUnits.size(999)).isEqualTo("999B");
    assertThat(HumanUnits.size(1_000)).isEqualTo("1kB");
    assertThat(HumanUnits.size(0)).isEqualTo("0B");
    assertThat(HumanUnits.size(1_234_567_890)).isEqualTo("1.23GB");
  }

  @Test
  void size_justBelowAUnit_roundsUpLikeGo() {
    // Go prints %.3g of 999.95 as 1e+03: the docker CLI shows "1e+03kB" here, and so do we
    assertThat(HumanUnits.size(999_950)).isEqualTo("1e+03kB");
  }

  @Test
  void size_withFourDigits_forProgress() {
    assertThat(HumanUnits.size(2_103_456, 4)).isEqualTo("2.103MB");
  }

  @Test
  void duration_followsGoUnitsHumanDuration() {
    assertThat(HumanUnits.duration(Duration.ofMillis(300))).isEqualTo("Less than a second");
    assertThat(HumanUnits.duration(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(HumanUnits.duration(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    assertThat(HumanUnits.duration(Duration.ofSeconds(90))).isEqualTo("About a minute");
    assertThat(HumanUnits.duration(Duration.ofMinutes(3))).isEqualTo("3 minutes");
    assertThat(HumanUnits.duration(Duration.ofMinutes(80))).isEqualTo("About an hour");
    assertThat(HumanUnits.duration(Duration.ofMinutes(95))).isEqualTo("2 hours");
    assertThat(HumanUnits.duration(Duration.ofHours(47))).isEqualTo("47 hours");
    assertThat(HumanUnits.duration(Duration.ofDays(3))).isEqualTo("3 days");
    assertThat(HumanUnits.duration(Duration.ofDays(15))).isEqualTo("2 weeks");
    assertThat(HumanUnits.duration(Duration.ofDays(90))).isEqualTo("3 months");
    assertThat(HumanUnits.duration(Duration.ofDays(800))).isEqualTo("2 years");
  }

  @Test
  void since_addsAgo() {
    Instant now = Instant.parse("2026-01-10T12:00:00Z");
    assertThat(HumanUnits.since(now.minusSeconds(180), now)).isEqualTo("3 minutes ago");
  }
}
