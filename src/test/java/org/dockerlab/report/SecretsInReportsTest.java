package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecretsInReportsTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void report_ofProgressWithLeakedSecrets_showsNoneOfThem(ReportFormat format) throws Exception {
    GradeReport report = new Grader(ReportFixtures.CLOCK).recorded(ReportFixtures.withSecrets(), ReportFixtures.lessons());

    String out = RenderersTest.render(format, report);

    for (String secret : ReportFixtures.SECRETS) {
      assertThat(out).as(format + " report").doesNotContain(secret);
    }
    assertThat(out).contains(Redactor.MASK).contains("localhost:5000");
    if (format == ReportFormat.JUNIT) {
      RenderersTest.parse(out);
    }
  }

  @Test
  void fixture_reallyHoldsTheSecrets_soTheTestAboveCanFail() {
    String raw = ReportFixtures.withSecrets().toString();
    for (String secret : ReportFixtures.SECRETS) {
      assertThat(raw).contains(secret);
    }
  }
}
