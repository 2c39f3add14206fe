package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.dockerlab.io.Colour;
import org.dockerlab.testing.FakeGateway;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.tutor.commands.LessonCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell's own commands and the lesson commands, run as picocli commands in a scripted shell, on a fake engine. */
class ShellCommandsTest {
  private static final List<String> EVERY_COMMAND = List.of("lessons", "start", "show", "check", "hint", "solution", "next", "prev", "reset",
      "answer", "progress", "cd", "pwd", "trace", "htpasswd", "clear", "help", "exit");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path workspace;
  private LessonTutor tutor;
  private LineRunner shell;

  @BeforeEach
  void open() throws Exception {
    workspace = Files.createDirectories(dir.resolve("workspace"));
    DockerGateway engine = new FakeGateway().withImage("sha256:b0b0", "busybox:latest");
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> null, OutputStream.nullOutputStream(),
        new PrintWriter(out, true), new PrintWriter(err, true), false, false, Colour.NONE);
    ProgressStore store = new ProgressStore(dir.resolve("progress.json"), w -> {}, Clock.systemUTC());
    tutor = new LessonTutor(LessonLoader.load(Path.of("src/test/resources/lessons-fixture")), store,
        new Workbench(() -> engine, workspace, dir.resolve("docker-config"), dir));
    shell = new LineRunner(session, null, new LessonCommands(tutor, null, false));
  }

  @AfterEach
  void close() {
    tutor.close();
  }

  private int run(String line) {
    return shell.run(line).exitCode();
  }

  @Test
  void dollarQuestionMark_isTheStatusOfWhatRanBefore_onTheNextLineAndLaterOnTheSameLine() throws Exception {
    java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
    DockerGateway engine = new FakeGateway();
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> engine, terminal,
        new PrintWriter(out, true), new PrintWriter(err, true), false, false, Colour.NONE);
    LineRunner lab = new LineRunner(session, null, new LessonCommands(tutor, null, false));

    assertThat(lab.run("docker image inspect no-such-image").exitCode()).isEqualTo(ExitCode.FAILED);
    lab.run("echo $?");
    lab.run("echo $?");
    lab.run("false; echo \"after false: $?\"");
    lab.run("docker image inspect no-such-image; echo \"same line: $?\"");
    lab.run("pwd > where.txt; echo $?");

    assertThat(terminal.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("[]\n" + ExitCode.FAILED + "\n0\nafter false: 1\n[]\nsame line: " + ExitCode.FAILED + "\n0\n");
  }

  @Test
  void pullOfAUserNameAlone_isCoachedAsAMissingRepository_fromTheLoginInConfigJson() throws Exception {
    Path config = Files.createDirectories(dir.resolve("docker-config")).resolve("config.json");
    Files.writeString(config, "{\"auths\": {\"localhost:5001\": {\"auth\": \"c3R1ZGVudDpzdHVkZW50\"}}}");

    DockerGateway engine = new FakeGateway();
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> engine, OutputStream.nullOutputStream(),
        new PrintWriter(out, true), new PrintWriter(err, true), false, false, Colour.NONE);
    LineRunner docker = new LineRunner(session, null, new LessonCommands(tutor, null, false));

    assertThat(docker.run("docker pull localhost:5001/student").exitCode()).isEqualTo(ExitCode.FAILED);

    assertThat(err.toString())
        .contains("manifest for localhost:5001/student:latest not found")
        .contains("hint: 'student' is your user name on localhost:5001, not a repository")
        .contains("docker pull localhost:5001/student/myapp")
        .doesNotContain("student:student")
        .doesNotContain("has that repository but not that tag");
  }

  @Test
  void help_listsEveryCommand_withItsDescription_fromTheModel() {
    assertThat(run("help")).isZero();
    String help = out.toString();
    assertThat(shell.commands().model().getSubcommands().keySet()).containsAll(EVERY_COMMAND);
    for (String name : EVERY_COMMAND) {
      CommandLine command = shell.commands().model().getSubcommands().get(name);
      assertThat(help).as(name).containsPattern("(?m)^  " + Pattern.quote(ShellCommands.synopsis(command)) + " +"
          + Pattern.quote(command.getCommandSpec().usageMessage().description()[0]) + "$");
    }
    assertThat(help).contains("  reset step|lesson|all ", "  start ID ", "  htpasswd -Bbn USER PASS ", "  docker ... ", "  anything else ");
  }

  @Test
  void helpForOneCommand_showsItsParametersAndOptions() {
    assertThat(run("help solution")).isZero();
    assertThat(out.toString()).startsWith("solution\n").contains("-y, --yes");
    assertThat(run("help nosuch")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("help: 'nosuch' is not a lab shell command");
  }

  @Test
  void dashDashHelp_orDashH_afterAnyCommand_isItsHelp_andChangesNothing() throws Exception {
    for (String name : EVERY_COMMAND) {
      if (name.equals("help")) {
        continue;
      }
      assertThat(run("help " + name)).as(name).isZero();
      String expected = out.toString();
      out.getBuffer().setLength(0);
      for (String asked : List.of(name + " --help", name + " -h")) {
        assertThat(run(asked)).as(asked).isZero();
        assertThat(out.toString()).as(asked).isEqualTo(expected);
        out.getBuffer().setLength(0);
      }
    }
    assertThat(err.toString()).isEmpty();
    assertThat(shell.exitRequested()).as("exit --help only explains exit").isFalse();
    assertThat(run("cd --help sub")).isZero();
    assertThat(out.toString()).startsWith("cd DIR\n");
    assertThat(shell.session().cwd()).isEqualTo(workspace);
  }

  @Test
  void answer_takesHelpAsAWord_unlessItIsAllThereIs() {
    assertThat(run("answer --help")).isZero();
    assertThat(out.toString()).startsWith("answer ");
  }

    @Test
  void help_goesToAFile_whenRedirected() throws Exception {
    assertThat(run("help > help.txt")).isZero();
    assertThat(Files.readString(workspace.resolve("help.txt"))).contains("reset step|lesson|all");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void builtins_cdPwdTraceHtpasswd_behaveAsBefore() throws Exception {
    Files.createDirectories(workspace.resolve("sub"));
    assertThat(run("cd sub")).isZero();
    assertThat(run("pwd")).isZero();
    assertThat(out.toString()).contains(workspace.resolve("sub").toString());
    assertThat(run("cd nowhere")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("dockerlab: cd: nowhere: no such directory");
    assertThat(run("cd")).isZero();
    assertThat(run("trace")).isZero();
    assertThat(run("trace maybe")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run("trace on")).isZero();
    assertThat(out.toString()).contains("trace is off; use: trace on | trace off", "trace on: after each docker command");
    assertThat(run("htpasswd -Bbn manu manu")).isZero();
    assertThat(out.toString()).containsPattern("manu:\\$2y\\$");
    assertThat(run("htpasswd manu manu")).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void exit_withOrWithoutAStatus_stopsTheShell() {
    assertThat(shell.exitRequested()).isFalse();
    assertThat(run("exit 0")).isZero();
    assertThat(shell.exitRequested()).isTrue();
  }

  @Test
  void wordsACommandDoesNotTake_areRefusedInOneLine() {
    assertThat(run("pwd extra")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dockerlab: pwd: unexpected 'extra'; 'help pwd' shows how to use it");
  }

  @Test
  void examCommands_inALesson_keepTheirRefusal() {
    assertThat(run("submit")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run("goals")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("dockerlab: submit: only in an exam ('dockerlab exam' lists them)", "dockerlab: goals: only in an exam");
  }

  @Test
  void theWordExam_saysWhereExamsAreTaken_insteadOfTheSystemShellsNotFound() {
    assertThat(run("exam registry-operator")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run("exams")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("dockerlab: exam: an exam runs on its own, against a clock: leave this shell ('exit'), then 'dockerlab exam' lists",
        "dockerlab: exams: an exam runs on its own").doesNotContain("not found");
  }

  @Test
  void aLesson_startedDoneCheckedAndReset_throughItsCommands() throws Exception {
    assertThat(run("check")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("no lesson started");
    assertThat(run("start notes")).isZero();
    assertThat(out.toString()).contains("Lesson: Write a note", "Step 1/1: Write note.txt");
    assertThat(run("echo hello > note.txt")).isZero();
    assertThat(out.toString()).contains("[ok] Step 1/1 complete: Write note.txt", "That completes the lesson 'notes'");
    assertThat(run("check")).isZero();
    assertThat(run("reset step")).isZero();
    assertThat(run("reset sideways")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("reset: say 'reset step', 'reset lesson' or 'reset all'");
    assertThat(run("reset lesson")).isZero();
    assertThat(workspace.resolve("note.txt")).doesNotExist();
    assertThat(run("check")).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void startWithRestartAndResume_isRefusedInOneLine_andNeitherHappens() {
    assertThat(run("start notes")).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("start --restart --resume notes")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dockerlab: start: --restart, --resume are mutually exclusive (specify only one)");
    assertThat(out.toString()).as("no setup ran, nothing resumed").isEmpty();
    assertThat(run("start --resume notes")).isZero();
    assertThat(out.toString()).contains("resumed where you were");
    out.getBuffer().setLength(0);
    assertThat(run("start --restart notes")).isZero();
    assertThat(out.toString()).contains("Preparing the lab for this lesson...");
  }

  @Test
  void solution_withoutAPrompter_needsYes_eachTime() {
    run("start 1");
    assertThat(run("solution --yes")).isZero();
    assertThat(out.toString()).contains("Solution:", "    echo hello > note.txt", "Also right:");
    assertThat(run("solution")).as("the option is not remembered from the last line").isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("solution: add --yes to see it");
  }

  @Test
  void answer_takesWordsThatLookLikeOptions() {
    run("start notes");
    assertThat(run("answer -o")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("answer: this step has no question to answer");
  }
}
