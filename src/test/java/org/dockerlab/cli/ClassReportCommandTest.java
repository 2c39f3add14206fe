package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.report.MiniSchema;
import org.dockerlab.report.roll.ClassFixtures;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockerlab class report}: three learners (complete, partial, empty), and files that are not reports. */
class ClassReportCommandTest {
  static final String ODD_NAME = "O'Brien, \"Pat\"";

  @TempDir Path state;
  Path reports;

  /** Three learners' real reports: one did every lesson, one did save and load and failed hub's first step, one nothing. */
  static Path threeLearners(Path reports) throws Exception {
    ClassFixtures.write(reports.resolve("complete.json"), ClassFixtures.json(ClassFixtures.complete("Complete Learner"), ClassFixtures.AT));
    ClassFixtures.write(reports.resolve("nested/partial.json"), ClassFixtures.json(ClassFixtures.partial(ODD_NAME), ClassFixtures.AT));
    ClassFixtures.write(reports.resolve("empty.json"), ClassFixtures.json(ClassFixtures.empty("<script>alert('x')</script>"), ClassFixtures.AT));
    return reports;
  }

  @BeforeEach
  void reports() throws Exception {
    reports = threeLearners(state.resolve("reports"));
  }

  private Cli.Result classReport(String... args) {
    return new Cli(state).run(Stream.concat(Stream.of("class", "report"), Stream.of(args)).toArray(String[]::new));
  }

  /** RFC 4180, as a gradebook reads it: CRLF between records, quoted fields may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("the last record ends with CRLF").isEmpty();
    return rows;
  }

  @Test
  void csv_threeRows_pointsPerLessonAndTotal_namesWithCommasAndQuotesIntact() {
    Cli.Result r = classReport(reports.toString(), "--format", "csv");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    List<List<String>> rows = parseCsv(r.out());
    assertThat(rows).hasSize(4);
    List<String> header = rows.get(0);
    assertThat(header.get(0)).isEqualTo("learner");
    assertThat(header).contains("save (of " + ClassFixtures.possible("save") + ")", "total (of " + ClassFixtures.possible() + ")", "hints used", "solutions revealed");
    assertThat(rows).allMatch(row -> row.size() == header.size());
    Map<String, List<String>> byName = Map.of(rows.get(1).get(0), rows.get(1), rows.get(2).get(0), rows.get(2), rows.get(3).get(0), rows.get(3));
    int total = header.indexOf("total (of " + ClassFixtures.possible() + ")");
    int save = header.indexOf("save (of " + ClassFixtures.possible("save") + ")");
    int hub = header.indexOf("hub (of " + ClassFixtures.possible("hub") + ")");
    assertThat(byName).containsKeys("Complete Learner", ODD_NAME, "<script>alert('x')</script>");
    assertThat(byName.get("Complete Learner").get(total)).isEqualTo(Integer.toString(ClassFixtures.possible()));
    assertThat(byName.get(ODD_NAME).get(total)).isEqualTo(Integer.toString(ClassFixtures.possible("save") + ClassFixtures.possible("load")));
    assertThat(byName.get(ODD_NAME).get(save)).isEqualTo(Integer.toString(ClassFixtures.possible("save")));
    assertThat(byName.get(ODD_NAME).get(hub)).isEqualTo("0");
    assertThat(byName.get(ODD_NAME).get(header.indexOf("hints used"))).isEqualTo("2");
    assertThat(byName.get(ODD_NAME).get(header.indexOf("reports"))).endsWith("partial.json");
    assertThat(byName.get("<script>alert('x')</script>").get(total)).isEqualTo("0");
    assertThat(r.out()).contains("\"O'Brien, \"\"Pat\"\"\"");
  }

  @Test
  void markdown_aRowPerLearner_namesEscaped_andTheMostFailedStep() {
    Cli.Result r = classReport(reports.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# dockerlab class report\n\n3 learners from 3 reports,");
    assertThat(r.out()).contains("| Complete Learner |").contains("| O'Brien, \"Pat\" |").contains("| &lt;script&gt;alert('x')&lt;/script&gt; |");
    assertThat(r.out()).doesNotContain("<script>");
    assertThat(r.out()).contains("## Steps most failed").contains("| `hub/").contains("## Who used hints or solutions").contains("| O'Brien, \"Pat\" | hints 2, solutions revealed 1 |");
    assertThat(r.err()).isEqualTo("class report: 3 learner(s) from 3 report(s)\n");
  }

  @Test
  void html_selfContained_noScriptOrRequest_everyNameAsText() throws Exception {
    Path page = state.resolve("class.html");

    Cli.Result r = classReport(reports.toString(), "--format", "html", "--output", page.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("class report: 3 learner(s) from 3 report(s); written to " + page + "\n");
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("@media print").contains("default-src 'none'");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(").doesNotContain("@import");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("O&#39;Brien, &quot;Pat&quot;").contains("Complete Learner");
    try (Stream<Path> files = Files.list(state)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void json_matchesItsSchema() throws Exception {
    Cli.Result r = classReport(reports.toString(), "--format", "json");

    ObjectMapper mapper = new ObjectMapper();
    JsonNode doc = mapper.readTree(r.out());
    assertThat(new MiniSchema(mapper.readTree(Path.of("docs/class-report.schema.json").toFile())).validate(doc)).isEmpty();
    assertThat(doc.at("/learners")).hasSize(3);
    assertThat(doc.at("/pointsPossible").asInt()).isEqualTo(ClassFixtures.possible());
    assertThat(doc.at("/learners/0/learner").asText()).isEqualTo("<script>alert('x')</script>");
  }

  @Test
  void badFiles_eachOneClearLine_nothingLostFromTheOthers() throws Exception {
    String real = ClassFixtures.json(ClassFixtures.complete("Cut Short"), ClassFixtures.AT);
    ClassFixtures.write(reports.resolve("truncated.json"), real.substring(0, real.length() / 3));
    ClassFixtures.write(reports.resolve("future.json"), ClassFixtures.json(ClassFixtures.complete("From The Future"), ClassFixtures.AT).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 7"));
    ClassFixtures.write(reports.resolve("unrelated/package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n");
    ClassFixtures.write(reports.resolve("unrelated/README.md"), "# notes\n");
    Files.write(reports.resolve("unrelated/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

    Cli.Result r = classReport(reports.toString(), state.resolve("no-such-dir").toString(), "--format", "csv");

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(parseCsv(r.out())).hasSize(4);
    assertThat(r.out()).doesNotContain("Cut Short").doesNotContain("From The Future");
    assertThat(r.err().lines().toList()).containsExactlyInAnyOrder(
        "class report: " + state.resolve("no-such-dir") + ": skipped: no such file or folder",
        "class report: " + reports.resolve("future.json") + ": skipped: schema version 7 is newer than this dockerlab reads (2): update dockerlab",
        "class report: " + reports.resolve("unrelated/package.json") + ": skipped: not a dockerlab grade report: no schemaVersion",
        "class report: " + reports.resolve("truncated.json") + ": skipped: " + truncatedReason(r.err()),
        "class report: 2 file(s) in the folders are not named *.json and were not read",
        "class report: 3 learner(s) from 3 report(s), 4 file(s) skipped");
    assertThat(truncatedReason(r.err())).startsWith("not valid JSON: it ends early, at line ");
  }

  private String truncatedReason(String err) {
    String prefix = "class report: " + reports.resolve("truncated.json") + ": skipped: ";
    return err.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse(prefix + "(missing)").substring(prefix.length());
  }

  @Test
  void nothingUsable_exit2_sayingWhatToGive() throws Exception {
    Path junk = state.resolve("junk");
    ClassFixtures.write(junk.resolve("a.json"), "{oops");

    Cli.Result r = classReport(junk.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("class report: " + junk.resolve("a.json") + ": skipped: not valid JSON")
        .contains("dockerlab: no usable grade report in " + junk + ": give the JSON reports of dockerlab grade --format json or dockerlab exam ID --format json");
  }

  @Test
  void noArgument_orUnknownFormat_exit2() {
    assertThat(classReport().exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(classReport(reports.toString(), "--format", "pdf").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(new Cli(state).run("class").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void outputInAMissingFolder_exit3_andNoFile() {
    Cli.Result r = classReport(reports.toString(), "--output", state.resolve("no/such/dir/class.csv").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.err()).contains("cannot write");
  }
}
