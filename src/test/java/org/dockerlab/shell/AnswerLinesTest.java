package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.Colour;
import java.util.List;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.report.Grader;
import org.dockerlab.report.ReportFormat;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.testing.FakeGateway;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.tutor.commands.LessonCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A learner answering a quiz in the scripted shell, in the forms the lesson promises, on a fake engine. */
class AnswerLinesTest {
  private static final String LESSON = """
      id: quiz
      title: A question
      summary: One quiz step.
      requires:
        images: []
        lessons: []
      setup: []
      steps:
        - id: ask
          title: Answer
          text: Answer the question.
          checks:
            - type: quiz
              id: registry
              question: Which registry does ubuntu come from?
              options:
                - localhost:5000
                - quay.io (Red Hat's)
                - docker.io, the Docker Hub
              answers: [c]
          hints: [It is the default one.]
          solution: [answer c]
        - id: after
          title: After
          text: Write a file.
          checks:
            - type: file
              path: note.txt
          hints: [Any command.]
          solution: [echo hi > note.txt]
      cleanup: []
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private LessonTutor tutor;
  private ProgressStore store;
  private List<Lesson> lessons;
  private LineRunner shell;

  @BeforeEach
  void open() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    Path lessons = Files.createDirectories(dir.resolve("lessons"));
    Files.writeString(lessons.resolve("01-quiz.yaml"), LESSON);
    DockerGateway engine = new FakeGateway();
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> null, OutputStream.nullOutputStream(),
        new PrintWriter(out, true), new PrintWriter(err, true), false, false, Colour.NONE);
    store = new ProgressStore(dir.resolve("progress.json"), w -> {}, Clock.systemUTC());
    this.lessons = LessonLoader.load(lessons);
    tutor = new LessonTutor(this.lessons, store, new Workbench(() -> engine, workspace, dir.resolve("docker-config"), dir));
    shell = new LineRunner(session, null, new LessonCommands(tutor, null, false));
    assertThat(shell.run("start quiz").exitCode()).as(err.toString()).isZero();
    out.getBuffer().setLength(0);
  }

  @AfterEach
  void close() {
    tutor.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"answer c)", "answer (c)", "answer c.", "answer C", "answer (C).", "$ answer c)",
      "answer Docker.io, the docker hub!", "answer 'c)'", "answer c) ; pwd"})
  void aRightAnswer_inAnyPromisedForm_completesTheStep(String line) {
    int status = shell.run(line).exitCode();
    assertThat(err.toString()).as(line).doesNotContain("syntax", "subshell", "control structures", "unclosed");
    assertThat(status).as(line + ": " + err).isZero();
    assertThat(out.toString()).as(line).contains("[ok] Right", "Step 1/2 complete: Answer");
  }

  @Test
  void anOptionsTextWithAnApostropheAndParentheses_isJudged_notRefused() {
    int status = shell.run("answer quay.io (Red Hat's)").exitCode();
    assertThat(err.toString()).doesNotContain("unclosed", "control structures");
    assertThat(status).isZero();
    assertThat(out.toString()).contains("is not the answer").doesNotContain("Right", "complete");
  }

  @Test
  void parenthesesElsewhere_keepTheirMeaning() {
    assertThat(shell.run("pwd c)").exitCode()).isNotZero();
    assertThat(err.toString()).contains("syntax error near ): no ( opens it");
  }

  @Test
  void wrongAnswersThenARightOne_areCounted_andTheGradeReportSaysSo() {
    assertThat(shell.run("answer a)").exitCode()).isZero();
    assertThat(shell.run("answer quay.io (Red Hat's)").exitCode()).isZero();
    assertThat(shell.run("answer (c)").exitCode()).isZero();

    assertThat(store.read().step("quiz", "ask").quizAttempts()).isEqualTo(3);
    StringWriter report = new StringWriter();
    ReportFormat.TEXT.render(new Grader(Clock.systemUTC()).recorded(store.read(), lessons), new PrintWriter(report));
    assertThat(report.toString()).contains("ask (1/1 point): Answer; answered right in 3 tries");
  }
}
