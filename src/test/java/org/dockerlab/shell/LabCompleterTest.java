package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dockerlab.io.Colour;
import org.dockerlab.testing.FakeGateway;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.tutor.commands.LessonCommands;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion, from the commands' models and the shell's own reading of the line. */
class LabCompleterTest {
  /** docker CLI subcommands the lab shell refuses (DockerCli's list): never offered. */
  private static final List<String> REFUSED = List.of("commit", "cp", "rename", "network", "image-prune", "container-prune");

  @TempDir Path dir;
  private Path workspace;
  private LessonTutor tutor;
  private Terminal terminal;
  private LineReader reader;
  private LabCompleter completer;
  private final LabLineParser parser = new LabLineParser();

  @BeforeEach
  void open() throws Exception {
    workspace = Files.createDirectories(dir.resolve("workspace"));
    Files.writeString(workspace.resolve("my-archive.tar.gz"), "");
    Files.writeString(workspace.resolve("notes.txt"), "");
    DockerGateway engine = new FakeGateway().withImage("sha256:b0b0", "busybox:latest");
    PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
    ShellSession session = new ShellSession(workspace, dir.resolve("docker-config"), dir, () -> null, OutputStream.nullOutputStream(), quiet, quiet, false, false, Colour.NONE);
    tutor = new LessonTutor(LessonLoader.load(Path.of("src/test/resources/lessons-fixture")),
        new ProgressStore(dir.resolve("progress.json"), w -> {}, Clock.systemUTC()), new Workbench(() -> engine, workspace, dir.resolve("docker-config"), dir));
    LineRunner shell = new LineRunner(session, null, new LessonCommands(tutor, null, false));
    completer = new LabCompleter(DockerCli.model(), shell.commands().model(), () -> engine, () -> workspace, () -> dir);
    terminal = new DumbTerminal(InputStream.nullInputStream(), OutputStream.nullOutputStream());
    reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
  }

  @AfterEach
  void close() throws Exception {
    tutor.close();
    terminal.close();
  }

  /** The candidates for the word at the end of the buffer. */
  private List<String> complete(String buffer) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader, parser.parse(buffer, buffer.length(), ParseContext.COMPLETE), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void reset_offersStepLessonAndAll() {
    assertThat(complete("reset ")).containsExactly("step", "lesson", "all");
  }

  @Test
  void start_offersTheLessonIds() {
    assertThat(complete("start ")).containsExactly("notes", "private");
  }

  @Test
  void firstWord_offersDockerTheShellsCommandsAndTheLessonCommands() {
    assertThat(complete("")).contains("docker", "cd", "help", "exit", "start", "reset", "answer", "ls");
    assertThat(complete("echo \"a && b\" && ")).contains("docker", "start");
  }

  @Test
  void docker_offersOnlyTheSubcommandsTheLabRuns() {
    List<String> offered = complete("docker ");
    assertThat(offered).contains("save", "load", "images", "push", "pull", "run", "image", "container");
    assertThat(offered).doesNotContainAnyElementsOf(REFUSED);
    assertThat(complete("docker image ")).contains("save", "prune", "history", "ls", "rm", "tag").doesNotContain("ps", "run", "images").doesNotContainAnyElementsOf(REFUSED).doesNotContain("image");
    assertThat(complete("docker volume ")).contains("create", "ls", "inspect", "rm", "prune");
    assertThat(complete("docker container ")).contains("prune", "rm", "ps", "ls", "run", "logs").doesNotContain("images", "tag", "save").doesNotContainAnyElementsOf(REFUSED);
    assertThat(complete("docker system ")).contains("df", "prune");
    assertThat(complete("docker container prune -")).contains("--force", "--filter");
  }

  @Test
  void dockerSave_offersImages_andItsOutputFlagFiles() {
    assertThat(complete("docker save busyb")).containsExactly("busybox:latest");
    assertThat(complete("docker image save ")).containsExactly("busybox:latest");
    assertThat(complete("docker save -o ")).contains("my-archive.tar.gz", "notes.txt");
    assertThat(complete("docker save --")).contains("--output");
  }

  @Test
  void dockerRun_skipsOptionValues_toOfferTheImage() {
    assertThat(complete("docker run -d -p 5000:5000 --name registry ")).containsExactly("busybox:latest");
    assertThat(complete("sudo docker run -d ")).containsExactly("busybox:latest");
  }

  @Test
  void insideAPipeline_afterARedirection_offersFiles_notImages() {
    List<String> offered = complete("docker save busybox | gzip > my");
    assertThat(offered).contains("my-archive.tar.gz").doesNotContain("busybox:latest", "docker");
    assertThat(complete("docker load < ")).contains("my-archive.tar.gz");
    assertThat(complete("docker save busybox | gzip ")).contains("notes.txt").doesNotContain("busybox:latest");
  }

  @Test
  void theWordUnderTheCursor_isTheShellsWord_quotesAndStagesIncluded() {
    LabLineParser.CompletionLine quoted = (LabLineParser.CompletionLine) parser.parse("cat \"my fi", 10, ParseContext.COMPLETE);
    assertThat(quoted.word()).isEqualTo("my fi");
    assertThat(quoted.escape("my file.txt", true).toString()).isEqualTo("\"my file.txt\"");
    LabLineParser.CompletionLine plain = (LabLineParser.CompletionLine) parser.parse("cat my", 6, ParseContext.COMPLETE);
    assertThat(plain.escape("my file.txt", true).toString()).isEqualTo("my\\ file.txt");
    LabLineParser.CompletionLine staged = (LabLineParser.CompletionLine) parser.parse("ls -l && docker sa", 18, ParseContext.COMPLETE);
    assertThat(staged.words()).containsExactly("docker", "sa");
    assertThat(staged.wordIndex()).isEqualTo(1);
    assertThat(staged.command()).containsExactly("docker");
  }

  @Test
  void enterOnAnUnclosedQuote_continuesTheLine_anEscapedOneDoesNot() {
    assertThatThrownBy(() -> parser.parse("echo \"abc", 9, ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
    assertThat(parser.parse("echo don\\'t", 11, ParseContext.ACCEPT_LINE).words()).containsExactly("echo", "don't");
  }

  @Test
  void enterOnAnAnswerWithAnApostrophe_acceptsTheLine_elsewhereTheQuoteStillContinuesIt() {
    LabLineParser answers = new LabLineParser(() -> Set.of("answer"));
    String line = "answer the image's digest (c)";
    assertThat(answers.parse(line, line.length(), ParseContext.ACCEPT_LINE).words()).containsExactly("answer", "the", "image's", "digest", "(c)");
    assertThatThrownBy(() -> answers.parse("echo it's", 9, ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse(line, line.length(), ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
  }
}
