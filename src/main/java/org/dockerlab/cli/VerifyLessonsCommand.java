package org.dockerlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.ContainerSummary.PublishedPort;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.HttpWaitStrategy;
import org.dockerlab.io.Colour;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellHome;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.Evaluation;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.tutor.commands.LessonCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dockerlab verify-lessons}: proves every lesson and exam works (an exam's goals are steps too). For each step, from the lesson's setup, its
 * checks must fail before the solution and pass after it, run verbatim through the shell; each alternative
 * solution is replayed from the setup too. Uses a private state directory: the learner's progress,
 * workspace and docker config are not touched.
 */
@Command(name = "verify-lessons", description = "Run every lesson's and exam's solutions through the shell and check that the checks fail before and pass after.")
final class VerifyLessonsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand DockerlabCommand root;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Lessons or exams to verify (default: all lessons, then all exams).")
  List<String> ids = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Lesson> lessons = select(lessonsAndExams());
    LabContext lab = root.context();
    lab.gateway().info();
    Path state = Files.createTempDirectory("dockerlab-verify-");
    int failures = 0;
    int steps = 0;
    for (Lesson lesson : lessons) {
      for (String problem : new Verifier(lab, state.resolve(lesson.id())).verify(lesson, out)) {
        failures++;
        out.println("  FAIL " + problem);
      }
      steps += lesson.steps().size();
      out.flush();
    }
    cleanUp(lab, state, out);
    out.printf("%d lessons, %d steps verified, %d problem(s)%n", lessons.size(), steps, failures);
    return failures == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  /** Leaves the engine as a learner would find it: no lesson registries or apps left running. */
  private static void cleanUp(LabContext lab, Path state, PrintWriter out) throws IOException {
    Path dir = Files.createDirectories(state.resolve("cleanup"));
    Workbench bench = new Workbench(lab::gateway, dir, dir.resolve("docker-config"), dir);
    try (LessonTutor tutor = new LessonTutor(lessonsAndExams(), new ProgressStore(dir.resolve("progress.json"), out::println, Clock.systemUTC()), bench)) {
      tutor.resetAll(line -> {});
    }
  }

  private static List<Lesson> lessonsAndExams() {
    List<Lesson> all = new ArrayList<>(LessonLoader.bundled());
    all.addAll(LessonLoader.bundledExams());
    return all;
  }

  private List<Lesson> select(List<Lesson> all) {
    if (ids.isEmpty()) {
      return all;
    }
    List<Lesson> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(
          all.stream()
              .filter(l -> l.id().equals(id))
              .findFirst()
              .orElseThrow(() -> LabException.badInput("no lesson or exam '" + id + "'; they are: " + all.stream().map(Lesson::id).toList())));
    }
    return chosen;
  }

  /** Verifies one lesson in its own state directory, with a scripted shell whose output is kept for failures. */
  private static final class Verifier {
    private static final Duration PORTS_READY = Duration.ofSeconds(10);
    private final LabContext lab;
    private final Path state;
    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();

    Verifier(LabContext lab, Path state) {
      this.lab = lab;
      this.state = state;
    }

    List<String> verify(Lesson lesson, PrintWriter report) throws IOException {
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < lesson.steps().size(); i++) {
        LessonStep step = lesson.steps().get(i);
        List<List<String>> solutions = new ArrayList<>();
        solutions.add(step.solution());
        solutions.addAll(step.alternatives());
        for (int s = 0; s < solutions.size(); s++) {
          String which = s == 0 ? "solution" : "alternative " + s;
          String problem = verifyStep(lesson, i, solutions.get(s), s == 0);
          report.printf("%-16s %d/%d %-24s %-14s %s%n", lesson.id(), i + 1, lesson.steps().size(), step.id(), which, problem == null ? "ok" : "FAILED");
          if (problem != null) {
            problems.add(lesson.id() + " step " + step.id() + " (" + which + "): " + problem);
          }
        }
      }
      return problems;
    }

    /** From the lesson's setup, replays the earlier steps, then checks this step before and after. */
    private String verifyStep(Lesson lesson, int index, List<String> solution, boolean mustFailFirst) throws IOException {
      transcript.reset();
      Path dir = Files.createDirectories(state.resolve("run"));
      Path workspace = Files.createDirectories(dir.resolve("workspace"));
      PrintWriter out = new PrintWriter(new OutputStreamWriter(transcript, StandardCharsets.UTF_8), true);
      ShellSession session =
          new ShellSession(workspace, dir.resolve("docker-config"), ShellHome.prepare(dir.resolve("home"), dir.resolve("docker-config"), workspace),
              lab::engine, transcript, out, out, false, false, Colour.NONE);
      ProgressStore store = new ProgressStore(dir.resolve("progress.json"), out::println, Clock.systemUTC());
      try (LessonTutor flow = new LessonTutor(List.of(lesson), store, new Workbench(session::engine, workspace, dir.resolve("docker-config"), dir))) {
        LineRunner shell = new LineRunner(session, null, new LessonCommands(flow, null, false));
        flow.start(lesson, out::println);
        for (int i = 0; i < index; i++) {
          flow.goTo(i);
          String failed = runAll(shell, lesson.steps().get(i).solution());
          if (failed != null) {
            return "an earlier step's solution failed: " + failed + transcriptTail();
          }
        }
        flow.goTo(index);
        flow.resetStep();
        if (mustFailFirst && flow.evaluate().allPassed()) {
          return "its checks pass before the solution was run";
        }
        String failed = runAll(shell, solution);
        if (failed != null) {
          return "the command failed: " + failed + transcriptTail();
        }
        Evaluation after = flow.evaluate();
        if (!after.allPassed()) {
          return "its checks do not pass after the solution: " + after.firstFailure() + transcriptTail();
        }
        return null;
      } finally {
        deleteTree(dir);
      }
    }

    private String runAll(LineRunner shell, List<String> lines) {
      for (String line : lines) {
        Set<String> running = runningContainers();
        if (shell.run(line).exitCode() != 0) {
          return line;
        }
        awaitNewlyPublishedPorts(running);
      }
      return null;
    }

    private Set<String> runningContainers() {
      return lab.engine().containers(false).stream().map(ContainerSummary::id).collect(Collectors.toSet());
    }

    /**
     * A person types the next line a few seconds after {@code docker run -d -p 5000:5000 ...}; a script does
     * not, and a registry needs a moment before it listens. Waits (at most 10 s in all) until the ports
     * published by containers the line started answer HTTP.
     */
    private void awaitNewlyPublishedPorts(Set<String> runningBefore) {
      Set<Integer> ports = new TreeSet<>();
      for (ContainerSummary c : lab.engine().containers(false)) {
        if (!runningBefore.contains(c.id())) {
          c.ports().stream().filter(PublishedPort::published).forEach(p -> ports.add(p.hostPort()));
        }
      }
      long deadline = System.nanoTime() + PORTS_READY.toNanos();
      try {
        for (int port : ports) {
          HttpWaitStrategy.anyAnswer("localhost:" + port).awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private String transcriptTail() {
      String text = transcript.toString(StandardCharsets.UTF_8).strip();
      List<String> lines = text.lines().toList();
      return "\n      | " + String.join("\n      | ", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
    }

    private static void deleteTree(Path dir) throws IOException {
      if (!Files.exists(dir)) {
        return;
      }
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
