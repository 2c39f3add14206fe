package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.progress.Verdict;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GradeCommandTest {
  private static final String FIXTURE = "src/test/resources/lessons-fixture";
  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

  @TempDir Path state;

  private void progress(UnaryOperator<Progress> change) {
    new ProgressStore(state.resolve("progress.json"), w -> { }, Clock.systemUTC()).update(change);
  }

  private void passEveryStep() {
    for (var lesson : LessonLoader.load(Path.of(FIXTURE))) {
      for (var step : lesson.steps()) {
        Verdict v = new Verdict(AT, step.checks().stream().map(c -> new Verdict.CheckRecord(c.describe(), "PASSED", "ok", Map.of())).toList());
        progress(p -> p.withStep(lesson.id(), step.id(), s -> s.checked(AT, true, v)));
      }
    }
  }

  private Cli.Result grade(String... args) {
    return new Cli(state).run(Stream.concat(Stream.of("grade", "--lessons", FIXTURE), Stream.of(args)).toArray(String[]::new));
  }

  @Test
  void grade_everyStepPassed_exit0_textReport() {
    passEveryStep();

    Cli.Result r = grade();

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Overall: 3/3 checks passed; 5/5 points; hints used 0, solutions revealed 0");
  }

  @Test
  void grade_nothingDone_exit1_checksNotAttempted() {
    Cli.Result r = grade();

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("0/3 checks passed (3 not attempted)");
  }

  @Test
  void grade_oneLessonPassed_onlyThatLesson_exit0() {
    passEveryStep();
    progress(p -> p.withStep("private", "copy", s -> s.reset()));

    assertThat(grade("--lesson", "notes").exitCode()).isEqualTo(ExitCode.OK);
    assertThat(grade("--lesson", "private").exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(grade("--lesson", "notes").out()).doesNotContain("private:");
  }

  @Test
  void grade_unknownLesson_exit2_withTheIds() {
    Cli.Result r = grade("--lesson", "nope");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no lesson nope; the lessons are: notes, private");
  }

  @Test
  void grade_unknownFormat_exit2() {
    assertThat(grade("--format", "pdf").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void grade_live_withoutAnEngine_exit3() {
    Cli.Result r = new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent/dlt-grd-docker.sock")).run("grade", "--lessons", FIXTURE, "--live");

    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.err()).contains("engine");
  }

  @Test
  void grade_junitToOutputFile_writesParseableXml_andSaysWhere() throws Exception {
    passEveryStep();
    Path file = state.resolve("dlt-grd-grade.xml");

    Cli.Result r = grade("--format", "junit", "--output", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("3/3 checks passed; 5/5 points; report written to " + file + "\n");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    try (Stream<Path> files = Files.list(state)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void grade_outputInAMissingDirectory_exit3_andNoFile() {
    Cli.Result r = grade("--output", state.resolve("no/such/dir/report.txt").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.err()).contains("cannot write");
  }

  @Test
  void grade_json_andMarkdown_renderToTheTerminal() {
    passEveryStep();

    assertThat(grade("--format", "json").out()).contains("\"mode\" : \"recorded\"");
    assertThat(grade("--format", "markdown").out()).startsWith("# dockerlab grade");
  }

  @Test
  void progress_showsABarPerLesson_andTheWarningOfACorruptFile() throws Exception {
    passEveryStep();
    progress(p -> p.withStep("private", "copy", s -> s.reset()).at(new Progress.Position("private", 1)));

    Cli.Result r = new Cli(state, Map.of("DOCKERLAB_LEARNER", "Grace Hopper")).run("progress", "--lessons", FIXTURE);

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(
        "Learner: Grace Hopper\n\n"
            + "notes            [##########] 1/1 steps   hints 0   solutions 0\n"
            + "private          [#####-----] 1/2 steps   hints 0   solutions 0\n\n"
            + "Now at: private, step 2/2: Keep a copy\n");

    Files.writeString(state.resolve("progress.json"), "{oops");
    Cli.Result corrupt = new Cli(state).run("progress", "--lessons", FIXTURE);
    assertThat(corrupt.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(corrupt.err().lines().toList()).hasSize(1);
    assertThat(corrupt.err()).startsWith("dockerlab: warning: progress.json could not be read");
    assertThat(corrupt.out()).contains("[----------] 0/1 steps");
  }

  @Test
  void progress_bundledLessons_listsAllInOrder() throws Exception {
    Cli.Result r = new Cli(state).run("progress");

    List<String> ids = r.out().lines().dropWhile(l -> l.startsWith("Learner: ") || l.isEmpty()).takeWhile(l -> !l.isEmpty()).map(l -> l.split(" ")[0]).toList();
    assertThat(ids).startsWith("save", "save-compressed", "load", "local-registry", "tag-and-push", "pull-and-run", "login", "hub", "secure-registry");
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("lessons"))) {
      // NN-ID.yaml: the file names give the order
      assertThat(ids).containsExactlyElementsOf(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
          .map(n -> n.replaceFirst("^[0-9]+-", "").replaceFirst("[.]yaml$", "")).toList());
    }
  }
}
