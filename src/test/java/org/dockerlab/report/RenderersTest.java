package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String render(ReportFormat format, GradeReport report) {
    StringWriter out = new StringWriter();
    format.render(report, new PrintWriter(out));
    return out.toString();
  }

  private static GradeReport report() {
    return new Grader(ReportFixtures.CLOCK).recorded(ReportFixtures.progress(), ReportFixtures.lessons());
  }

  @Test
  void text_showsEachLessonsScoreAndHelp_eachCheckWithItsVerdictKindAndTime() {
    String text = render(ReportFormat.TEXT, report());

    assertThat(text).startsWith("Grade of Ada Lovelace (recorded verdicts), 2024-05-02 08:30:00 UTC\n");
    assertThat(text).contains("notes: Write a note\n  1/1 checks passed; 1/1 point; hints used 1, solutions revealed 0\n  write-note (1/1 point): Write note.txt\n");
    assertThat(text).contains("  owner-only (0/3 points): Make secret.txt private\n");
    assertThat(text).contains("  ok    write-note: " + ReportFixtures.describe("notes", 0, 0) + "  [recorded 2024-05-01 10:00:00 UTC]\n");
    assertThat(text).contains("  FAIL  owner-only: ").contains("[recorded 2024-05-01 10:01:00 UTC]").contains("        expected: ").contains("        found:    ");
    assertThat(text).contains("  --    copy: ").contains("[no verdict]");
    assertThat(text).endsWith("Overall: 1/3 checks passed (1 failed, 1 not attempted); 1/5 points; hints used 3, solutions revealed 1\n");
  }

  @Test
  void markdown_hasATablePerLesson_withARowPerCheck() {
    String md = render(ReportFormat.MARKDOWN, report());

    assertThat(md).startsWith("# dockerlab grade\n\nLearner: **Ada Lovelace**.\n");
    assertThat(md).contains("## notes: Write a note").contains("## private: A private file");
    assertThat(md.lines().filter(l -> l.startsWith("| Step | Points | Check |"))).hasSize(2);
    assertThat(md.lines().filter(l -> l.startsWith("| `"))).hasSize(3);
    assertThat(md).contains("| `owner-only` | 0/3 |").contains("| `write-note` | 1/1 |").contains("❌ failed").contains("<br>expected: ").contains("| 2 | revealed |");
    assertThat(md).contains("**1/3 checks passed (1 failed, 1 not attempted)**; **1/5 points**; hints used 3, solutions revealed 1.");
  }

  @Test
  void json_matchesTheDocumentedSchema_andCarriesTheVerdicts() throws Exception {
    JsonNode doc = JSON.readTree(render(ReportFormat.JSON, report()));
    MiniSchema schema = new MiniSchema(JSON.readTree(Path.of("docs/grade-report.schema.json").toFile()));

    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.at("/schemaVersion").asInt()).isEqualTo(2);
    assertThat(doc.at("/learner").asText()).isEqualTo("Ada Lovelace");
    assertThat(doc.at("/summary/pointsEarned").asInt()).isEqualTo(1);
    assertThat(doc.at("/summary/pointsPossible").asInt()).isEqualTo(5);
    assertThat(doc.at("/lessons/1/summary/pointsPossible").asInt()).isEqualTo(4);
    assertThat(doc.at("/lessons/1/steps/0/points").asInt()).isEqualTo(3);
    assertThat(doc.at("/lessons/1/steps/0/pointsEarned").asInt()).isEqualTo(0);
    assertThat(doc.at("/lessons/0/steps/0/pointsEarned").asInt()).isEqualTo(1);
    assertThat(doc.at("/lessons/0/exam").asBoolean()).isFalse();
    assertThat(doc.at("/mode").asText()).isEqualTo("recorded");
    assertThat(doc.at("/summary/passed").asInt()).isEqualTo(1);
    assertThat(doc.at("/summary/hintsUsed").asInt()).isEqualTo(3);
    assertThat(doc.at("/lessons/0/steps/0/checks/0/kind").asText()).isEqualTo("recorded");
    assertThat(doc.at("/lessons/0/steps/0/checks/0/at").asText()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(doc.at("/lessons/1/steps/1/checks/0/outcome").asText()).isEqualTo("not-attempted");
    assertThat(doc.at("/lessons/1/steps/1/checks/0/at").isNull()).isTrue();
  }

  @Test
  void json_schemaCheck_canFail_onAFieldTheSchemaDoesNotKnow() throws Exception {
    JsonNode doc = JSON.readTree(render(ReportFormat.JSON, report()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/lessons/0")).put("score", 3);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/lessons/0/steps/0/checks/0")).put("outcome", "great");
    MiniSchema schema = new MiniSchema(JSON.readTree(Path.of("docs/grade-report.schema.json").toFile()));

    assertThat(schema.validate(doc)).containsExactlyInAnyOrder(
        "$.lessons[0].score: not in the schema", "$.lessons[0].steps[0].checks[0].outcome: \"great\" is not one of [\"passed\",\"failed\",\"error\",\"not-attempted\",\"not-gradable\"]");
  }

  @Test
  void junit_parsesWithTheJdkParser_suitePerLesson_casePerCheck_countsRight() throws Exception {
    Document xml = parse(render(ReportFormat.JUNIT, report()));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element notes = (Element) suites.item(0);
    Element priv = (Element) suites.item(1);
    assertThat(notes.getAttribute("name")).isEqualTo("notes");
    assertThat(notes.getAttribute("tests")).isEqualTo("1");
    assertThat(notes.getAttribute("failures")).isEqualTo("0");
    assertThat(priv.getAttribute("tests")).isEqualTo("2");
    assertThat(priv.getAttribute("failures")).isEqualTo("1");
    assertThat(priv.getAttribute("skipped")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    Element failing = (Element) priv.getElementsByTagName("testcase").item(0);
    assertThat(failing.getAttribute("name")).isEqualTo("owner-only: " + ReportFixtures.describe("private", 0, 0));
    Element failure = (Element) failing.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("expected: " + ReportFixtures.describe("private", 0, 0)).contains("found: ");
    assertThat(((Element) priv.getElementsByTagName("testcase").item(1)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(render(ReportFormat.JUNIT, report())).contains("<property name=\"hints-used\" value=\"2\"/>").contains("<property name=\"solutions-revealed\" value=\"1\"/>")
        .contains("<property name=\"learner\" value=\"Ada Lovelace\"/>").contains("<property name=\"points-possible\" value=\"4\"/>")
        .contains("points of this step: 0/3 (earned when all its checks pass)");
    assertThat(root.getAttribute("name")).isEqualTo("dockerlab grade of Ada Lovelace");
  }

  @Test
  void junit_allPassed_hasNoFailureOrSkipped_andEscapesMarkup() throws Exception {
    GradeReport report = new Grader(ReportFixtures.CLOCK).recorded(ReportFixtures.allPassed(), ReportFixtures.lessons());
    Document xml = parse(render(ReportFormat.JUNIT, report));

    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    assertThat(xml.getElementsByTagName("skipped").getLength()).isZero();
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
