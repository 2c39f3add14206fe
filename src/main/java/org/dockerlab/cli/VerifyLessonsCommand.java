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
import org.dockerlab.lesson.Replays;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellHome;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.Evaluation;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.LineTemplates;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.tutor.commands.LessonCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dockerlab verify-lessons}: proves every lesson and exam works (an exam's goals are steps too). For each step, from the lesson's setup, its
 * checks must fail before the solution and pass after it, run verbatim through the shell; each alternative
 * must pass and each counterexample must leave the step failing, replayed from the step's starting state.
 * One line per replay; a counterexample marked {@code known-gap} that passes is reported, not failed. Uses a private state directory: the learner's progress,
 * workspace and docker config are not touched.
 */
@Command(name = "verify-lessons", description = "Run every lesson's and exam's solutions through the shell and check that the checks fail before and pass after.")
final class VerifyLessonsCommand extends LabSubcommand {
  @Parameters(paramLabel = "ID", arity = "0..*", description = "Lessons or exams to verify (default: all lessons, then all exams).")
  List<String> ids = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    List<Lesson> lessons = select(lessonsAndExams());
    LabContext lab = lab();
    lab.gateway().info();
    Path state = Files.createTempDirectory("dockerlab-verify-");
    long started = System.nanoTime();
    int failures = 0;
    int steps = 0;
    List<String> notes = new ArrayList<>();
    for (Lesson lesson : lessons) {
      long lessonStarted = System.nanoTime();
      Verifier verifier = new Verifier(lab, state, state.resolve(lesson.id()));
      List<String> problems = verifier.verify(lesson, out);
      out.printf("%-16s %d steps, %.1f s%n", lesson.id(), lesson.steps().size(), seconds(lessonStarted));
      for (String problem : problems) {
        failures++;
        out.println("  FAIL " + problem);
      }
      notes.addAll(verifier.notes());
      steps += lesson.steps().size();
      out.flush();
    }
    cleanUp(lab, state, out);
    for (String note : notes) {
      out.println("  NOTE " + note);
    }
    out.printf("%d lessons, %d steps verified, %d problem(s), %d known gap note(s), in %.0f s%n", lessons.size(), steps, failures, notes.size(), seconds(started));
    return failures == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Leaves the engine as a learner would find it: no lesson registries or apps left running. */
  private static void cleanUp(LabContext lab, Path state, PrintWriter out) throws IOException {
    Path dir = Files.createDirectories(state.resolve("cleanup"));
    Workbench bench = new Workbench(lab::gateway, dir, dir.resolve("docker-config"), state);
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

  /**
   * Verifies one lesson in its own state directory, with scripted shells whose output is kept for failures.
   * The solutions run in order in one session (each step's solution leaves the next step's starting state,
   * as a learner's would); replays that cannot change the lab (answers, echo, ls, curl URL: see
   * {@link Replays#inert}) are judged in that session too, the step reset before each. Every other
   * alternative and counterexample gets a fresh session: the setup, then the earlier steps' solutions.
   */
  private static final class Verifier {
    private static final Duration PORTS_READY = Duration.ofSeconds(10);
    private static final int SHOWN = 70;
    private final LabContext lab;
    private final Path root;
    private final Path state;
    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param root the run's state directory, where every session records the image names the lab made, so
     *     that each cleanup (and the last {@code reset all}) knows them
     */
    Verifier(LabContext lab, Path root, Path state) {
      this.lab = lab;
      this.root = root;
      this.state = state;
    }

    /** Known gaps that showed, and gaps that closed: reported, not failures. */
    List<String> notes() {
      return notes;
    }

    List<String> verify(Lesson lesson, PrintWriter report) throws IOException {
      List<String> problems = new ArrayList<>();
      int reached = mainLine(lesson, report, problems);
      for (int i = 0; i < lesson.steps().size(); i++) {
        LessonStep step = lesson.steps().get(i);
        for (Replays.Replay replay : Replays.of(step)) {
          if (i > reached) {
            line(report, lesson, i, replay, Outcome.problem("not replayed: an earlier step's solution failed"), problems);
          } else if (replay.kind() != Replays.Kind.SOLUTION && !Replays.inert(replay)) {
            try (Session session = new Session(lesson, i)) {
              Outcome outcome = session.failedEarlier != null
                  ? Outcome.problem("not replayed: an earlier step's solution failed: " + session.failedEarlier + transcriptTail())
                  : judge(session, replay);
              line(report, lesson, i, replay, outcome, problems);
            }
          }
        }
      }
      cleanUp(lesson, report, problems);
      return problems;
    }

    /**
     * Runs the lesson's cleanup after all its replays, as a learner's {@code reset} would, and reports as a
     * problem any untagged image the lab left that no container uses.
     */
    private void cleanUp(Lesson lesson, PrintWriter report, List<String> problems) throws IOException {
      Path dir = Files.createDirectories(state.resolve("cleanup"));
      Workbench bench = new Workbench(lab::gateway, dir, dir.resolve("docker-config"), root);
      List<String> lines = new ArrayList<>();
      try {
        bench.cleanUp(lesson, null, lines::add);
        List<String> left = bench.leftovers();
        String verdict = left.isEmpty() ? "ok, nothing untagged left" : "FAILED";
        if (!left.isEmpty()) {
          problems.add(lesson.id() + " cleanup: untagged images the lab left: " + String.join(", ", left));
        }
        report.printf("%-16s %-28s %-9s %-36s %s%n", lesson.id(), "", "cleanup", "", verdict);
      } catch (RuntimeException e) {
        problems.add(lesson.id() + " cleanup failed: " + e.getMessage() + "\n      | " + String.join("\n      | ", lines));
      } finally {
        deleteTree(dir);
      }
    }

    /**
     * Runs the steps' solutions in order in one session, each checked before (must fail) and after (must
     * pass); the step's inert alternatives and counterexamples are judged there first. Returns the index of the
     * last step whose starting state was reached.
     */
    private int mainLine(Lesson lesson, PrintWriter report, List<String> problems) throws IOException {
      try (Session session = new Session(lesson, 0)) {
        for (int i = 0; i < lesson.steps().size(); i++) {
          LessonStep step = lesson.steps().get(i);
          session.flow.goTo(i);
          List<Replays.Replay> replays = new ArrayList<>(Replays.of(step).stream().filter(r -> r.kind() != Replays.Kind.SOLUTION && Replays.inert(r)).toList());
          replays.add(Replays.of(step).get(0)); // the solution last: it leaves the next step's starting state
          Outcome outcome = null;
          for (Replays.Replay replay : replays) {
            session.flow.resetStep();
            outcome = replay.kind() == Replays.Kind.SOLUTION && session.flow.evaluate().allPassed()
                ? Outcome.problem("its checks pass before the solution was run")
                : judge(session, replay);
            line(report, lesson, i, replay, outcome, problems);
          }
          if (outcome.problem() != null) {
            return i;
          }
        }
        return lesson.steps().size() - 1;
      }
    }

    /**
     * What became of one replay: a problem (the command fails), or a verdict for the line and maybe a note
     * (a known gap that showed, or one that closed).
     */
    private record Outcome(String verdict, String problem, String note) {
      static Outcome problem(String problem) {
        return new Outcome("FAILED", problem, null);
      }
    }

    /** Runs one replay in the session at its step and judges the step's checks after it. */
    private Outcome judge(Session session, Replays.Replay replay) {
      transcript.reset();
      String failed = runAll(session.shell, replay.commands(), replay.mustPass());
      Evaluation after = session.flow.evaluate();
      boolean passed = after.allPassed() && (failed == null || !replay.mustPass());
      String why = failed != null && replay.mustPass()
          ? "the command failed: " + failed
          : after.results().stream().filter(r -> !r.passed()).findFirst().map(r -> r.message()).orElse("");
      String note = replay.label() + " " + replay.shown() + ": " + replay.knownGap();
      return switch (Replays.verdict(replay, passed)) {
        case OK -> new Outcome(replay.mustPass() ? "ok" : "ok, fails: " + shorten(why), null, null);
        case WRONG -> Outcome.problem(
            (replay.mustPass() ? "its checks do not pass after it: " + why : "this wrong solution passes the step's checks") + transcriptTail());
        case KNOWN_GAP -> new Outcome("KNOWN GAP (" + (passed ? "passes" : "fails") + ": " + replay.knownGap() + ")", null, "known gap: " + note);
        case GAP_CLOSED -> new Outcome("GAP CLOSED: the checks now judge it right, remove known-gap", null, "gap closed, remove known-gap: " + note);
      };
    }

    private void line(PrintWriter report, Lesson lesson, int index, Replays.Replay replay, Outcome outcome, List<String> problems) {
      LessonStep step = lesson.steps().get(index);
      if (outcome.problem() != null) {
        problems.add(lesson.id() + " step " + step.id() + " (" + replay.label() + ": " + shorten(replay.shown()) + "): " + outcome.problem());
      }
      if (outcome.note() != null) {
        notes.add(lesson.id() + " step " + step.id() + ", " + outcome.note());
      }
      report.printf("%-16s %d/%d %-20s %-9s %-36s %s%n", lesson.id(), index + 1, lesson.steps().size(), step.id(), replay.label(), shorten(replay.shown()), outcome.verdict());
      report.flush();
    }

    private static String shorten(String s) {
      String one = s.replaceAll("\\s+", " ").strip();
      return one.length() <= SHOWN ? one : one.substring(0, SHOWN - 3) + "...";
    }

    /** A scripted shell on a fresh state directory, with the lesson started and its earlier steps done. */
    private final class Session implements AutoCloseable {
      final Path dir;
      final LessonTutor flow;
      final LineRunner shell;
      String failedEarlier;

      Session(Lesson lesson, int index) throws IOException {
        transcript.reset();
        dir = Files.createDirectories(state.resolve("run"));
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(transcript, StandardCharsets.UTF_8), true);
        ShellSession session =
            new ShellSession(workspace, dir.resolve("docker-config"), ShellHome.prepare(dir.resolve("home"), dir.resolve("docker-config"), workspace),
                lab::engine, transcript, out, out, false, false, Colour.NONE);
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), out::println, Clock.systemUTC());
        flow = new LessonTutor(List.of(lesson), store, new Workbench(session::engine, workspace, dir.resolve("docker-config"), root));
        shell = new LineRunner(session, null, new LessonCommands(flow, null, false));
        flow.start(lesson, out::println);
        for (int i = 0; i < index && failedEarlier == null; i++) {
          flow.goTo(i);
          failedEarlier = runAll(shell, lesson.steps().get(i).solution(), true);
        }
        flow.goTo(index);
        flow.resetStep();
      }

      @Override
      public void close() throws IOException {
        try {
          flow.close();
        } finally {
          deleteTree(dir);
        }
      }
    }

    /** Runs the lines in order; the first that failed, or null. With {@code stopAtFailure}, stops there. */
    private String runAll(LineRunner shell, List<String> lines, boolean stopAtFailure) {
      String failed = null;
      for (String typed : lines) {
        String line = LineTemplates.expand(typed, lab::engine);
        Set<String> running = runningContainers();
        if (shell.run(line).exitCode() != 0 && failed == null) {
          failed = line;
          if (stopAtFailure) {
            return failed;
          }
        }
        awaitNewlyPublishedPorts(running);
      }
      return failed;
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
