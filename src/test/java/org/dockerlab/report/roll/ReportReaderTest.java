package org.dockerlab.report.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static ReportReader.Read parse(String json) throws ReportReader.Unusable {
    return ReportReader.parse(json.getBytes(StandardCharsets.UTF_8), "r.json", 0, "r");
  }

  private static String reason(String json) {
    try {
      parse(json);
    } catch (ReportReader.Unusable e) {
      return e.getMessage();
    }
    throw new AssertionError("read as a report: " + json);
  }

  @Test
  void aRealReport_stepsWithOutcomesPointsAndHelp() throws Exception {
    ReportReader.Read r = parse(ClassFixtures.json(ClassFixtures.partial("Ada"), ClassFixtures.AT));

    Submission s = r.submission();
    assertThat(r.note()).isNull();
    assertThat(s.learner()).isEqualTo("Ada");
    assertThat(s.lessons()).hasSize(ClassFixtures.lessons().size());
    Submission.Step first = s.lessons().get(0).steps().get(0);
    assertThat(first.outcome()).isEqualTo(StepOutcome.PASSED);
    assertThat(first.at()).isEqualTo(ClassFixtures.AT);
    assertThat(first.help().hintsUsed()).isEqualTo(2);
    Submission.Step hub = s.lessons().stream().filter(l -> l.id().equals("hub")).findFirst().orElseThrow().steps().get(0);
    assertThat(hub.outcome()).isEqualTo(StepOutcome.FAILED);
    assertThat(hub.message()).contains("have not all passed yet");
    assertThat(s.lessons().get(3).steps().get(0).outcome()).isEqualTo(StepOutcome.NOT_ATTEMPTED);
    assertThat(s.lessons().get(3).steps().get(0).at()).isNull();
  }

  @Test
  void versionOne_noLearner_noPoints_countedUnderTheFileName_withANote() throws Exception {
    ObjectNode v1 = (ObjectNode) JSON.readTree(ClassFixtures.json(ClassFixtures.complete("x"), ClassFixtures.AT));
    v1.put("schemaVersion", 1);
    v1.remove("learner");
    v1.get("lessons").forEach(l -> l.get("steps").forEach(st -> ((ObjectNode) st).remove("points")));

    ReportReader.Read r = ReportReader.parse(JSON.writeValueAsBytes(v1), "old/bob.json", 0, "bob");

    assertThat(r.submission().learner()).isEqualTo("bob");
    assertThat(r.note()).isEqualTo("schema version 1 names no learner: counted as 'bob', from the file's name");
    assertThat(r.submission().lessons().get(0).steps().get(0).points()).isEqualTo(1);
  }

  @Test
  void badFiles_oneReasonEach() {
    String real = ClassFixtures.json(ClassFixtures.complete("Ada"), ClassFixtures.AT);

    assertThat(reason(real.substring(0, real.length() / 2))).startsWith("not valid JSON: it ends early, at line ").endsWith(" (cut short while copying?)");
    assertThat(reason(real.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3"))).isEqualTo("schema version 3 is newer than this dockerlab reads (2): update dockerlab");
    assertThat(reason("{\"name\": \"my-app\", \"version\": \"1.0.0\"}")).isEqualTo("not a dockerlab grade report: no schemaVersion");
    assertThat(reason("[1, 2]")).isEqualTo("not a dockerlab grade report: JSON array, not an object");
    assertThat(reason("{\"schemaVersion\": \"two\", \"lessons\": []}")).isEqualTo("not a dockerlab grade report: schemaVersion is \"two\"");
    assertThat(reason("hello")).startsWith("not valid JSON at line 1, column ");
    assertThat(reason(real + "\n{}")).startsWith("not valid JSON");
    assertThat(reason(real.replace("\"outcome\" : \"passed\"", "\"outcome\" : \"great\""))).startsWith("malformed grade report: lessons[0].steps[0].checks[0].outcome 'great'");
  }

  @Test
  void emptyAndHugeFiles_saySo() throws Exception {
    assertThatThrownBy(() -> ReportReader.read(ClassFixtures.write(dir.resolve("empty.json"), ""), "empty.json", 0))
        .hasMessage("the file is empty");
    assertThatThrownBy(() -> ReportReader.read(dir.resolve("missing.json"), "missing.json", 0))
        .hasMessageStartingWith("cannot read it: ");
  }
}
