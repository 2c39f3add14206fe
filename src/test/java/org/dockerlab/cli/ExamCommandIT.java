package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code dockerlab exam} as a learner runs it, scripted through standard input, on the fixture exams
 * (file checks only: no container is started, the engine is not needed).
 */
class ExamCommandIT {
  private static final String EXAMS = Path.of("src/test/resources/exams-fixture/exams").toAbsolutePath().toString();
  private static final String BOTH_GOALS = "echo 1 > one.txt\ncp given.txt two.txt\n";

  @TempDir Path state;

  private LabProcess.Result exam(String stdin, String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "exam";
    all[1] = "--exams";
    all[2] = EXAMS;
    System.arraycopy(args, 0, all, 3, args.length);
    return new LabProcess(state).run(stdin, 90, all);
  }

  @Test
  void noId_listsTheExamsWithTheirRules() throws Exception {
    LabProcess.Result r = exam("");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(" 1. files", "Files exam (10:00 time limit, no hints)", " 2. quick", "hints allowed", "dockerlab exam ID");
  }

  @Test
  void unknownExam_isBadInput() throws Exception {
    LabProcess.Result r = exam("", "nope");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no exam 'nope'; the exams are: files, quick");
  }

  @Test
  void everyGoalDone_endOfInputGrades_textReport_exit0_andProgressRecorded() throws Exception {
    LabProcess.Result r = exam(BOTH_GOALS, "files");
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Goals (10:00 time limit, no hints):", " 1. one.txt is in the workspace", "End of input: grading the exam...",
        "Overall: 3/3 checks passed").doesNotContain("never shown");
    JsonNode progress = new ObjectMapper().readTree(state.resolve("progress.json").toFile());
    assertThat(progress.at("/lessons/files/two/status").asText()).isEqualTo("PASSED");
    assertThat(progress.at("/lessons/files/two/verdict/checks").size()).isEqualTo(2);
  }

  @Test
  void hintRefused_submitEndsTheExam_laterLinesNotRun_exit1() throws Exception {
    LabProcess.Result r = exam("hint 1\necho 1 > one.txt\nsubmit\ncp given.txt two.txt\n", "files");
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("No hints in this exam", "Submitted: grading the exam...", "Overall: 1/3 checks passed (2 failed)");
    assertThat(state.resolve("workspace/two.txt")).doesNotExist();
  }

  @Test
  void timeLimit_overDuringTheExam_gradesWhatIsThere() throws Exception {
    LabProcess.Result r = exam("touch early.txt\nsleep 5\ntouch late.txt\n", "quick");
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("Time is over: grading the exam", "Overall: 1/2 checks passed (1 failed)");
    assertThat(state.resolve("workspace/late.txt")).doesNotExist();
  }

  @Test
  void jsonReport_toOutput_isWholeAndParses() throws Exception {
    Path report = state.resolve("exam.json");
    LabProcess.Result r = exam("echo 1 > one.txt\n", "files", "--format", "json", "--output", report.toString());
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("1/3 checks passed (2 failed); 1/2 points; report written to " + report);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.at("/lessons/0/id").asText()).isEqualTo("files");
    assertThat(json.toString()).contains("\"passed\"", "\"failed\"");
  }

  @Test
  void junitReport_toOutput_onePassingAndFailingTestcasePerCheck() throws Exception {
    Path report = state.resolve("exam.xml");
    LabProcess.Result r = exam(BOTH_GOALS.lines().findFirst().orElseThrow() + "\n", "files", "--format", "junit", "--output", report.toString());
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.FAILED);
    Element suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void atATerminal_thePromptCountsDown_andCtrlDGrades() throws Exception {
    assumeTrue(Tmux.available() || "true".equals(System.getenv("CI")), "tmux is not installed");
    try (Tmux tmux = Tmux.lab(state, "exam", "--exams", EXAMS, "files")) {
      tmux.waitFor(screen -> screen.matches("(?s).*\\[exam (10:00|9:5\\d) left\\] workspace \\$.*"), Duration.ofSeconds(30), "the exam prompt");
      tmux.typeLine("goals");
      tmux.waitFor(screen -> Tmux.count(screen, "Time left: ") >= 2, Duration.ofSeconds(10), "the goals again");
      tmux.typeLine("echo 1 > one.txt");
      tmux.waitFor(screen -> Tmux.count(screen, "[exam ") >= 3, Duration.ofSeconds(10), "the third prompt");
      tmux.press("C-d");
      String screen = tmux.waitForText("Overall: 1/3 checks passed", Duration.ofSeconds(20));
      assertThat(screen).contains("End of input: grading the exam...");
    }
  }

  @Test
  void markdownReport_onTheTerminal_afterTheTranscript() throws Exception {
    LabProcess.Result r = exam(BOTH_GOALS, "files", "--format", "markdown");
    assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("# dockerlab grade", "## files: Files exam", "| `one` |");
    assertThat(Files.readString(state.resolve("progress.json"))).contains("\"files\"");
  }
}
