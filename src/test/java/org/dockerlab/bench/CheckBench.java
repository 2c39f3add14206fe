package org.dockerlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckContext;
import org.dockerlab.check.CheckResult;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.check.DockerArchiveCheck;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.shell.JournalLines;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.lesson.LessonStep;

/**
 * The in-process figures of {@code scripts/bench}: check latency, a grade's worth of checks, and the
 * docker-archive check against {@code tar -tf}. Run with the jar and the test classes on the class path;
 * prints one JSON object (times in milliseconds) on standard output.
 *
 * <pre>
 * CheckBench step    WORKDIR WARMUP RUNS [N]   all checks of the save lesson's first step, warm; with N,
 *                                           on evidence of N journal entries and N engine events
 * CheckBench grade   WORKDIR RUNS          every lesson's checks once from a cold JVM, then RUNS warm passes
 * CheckBench archive FILE IMAGE WARMUP RUNS   the docker-archive check vs tar -tf, interleaved
 * </pre>
 */
public final class CheckBench {
  private CheckBench() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    String json =
        switch (args[0]) {
          case "step" -> step(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 0);
          case "grade" -> grade(Path.of(args[1]), Integer.parseInt(args[2]), start);
          case "archive" -> archive(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
          default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
    System.out.println(json);
    System.exit(0); // the gateway's connection pool threads must not keep the JVM alive
  }

  /** The save lesson's first step on a workspace holding busybox.tar, as the shell runs it after each command. */
  private static String step(Path workdir, int warmup, int runs, int history) throws IOException {
    Files.createDirectories(workdir);
    DockerGateway engine = engine(workdir);
    saveBusybox(engine, workdir.resolve("busybox.tar"));
    LessonStep first = LessonLoader.bundled().stream().filter(l -> l.id().equals("save")).findFirst().orElseThrow().steps().get(0);
    CheckContext fixed = context(engine, workdir);
    java.util.function.Supplier<CheckContext> contexts = history == 0 ? () -> fixed : longHistory(engine, workdir, history);
    CheckContext ctx = contexts.get();
    try (CheckRunner runner = new CheckRunner()) {
      List<CheckResult> results = List.of();
      for (int i = 0; i < warmup; i++) {
        results = runner.run(first.checks(), contexts.get());
      }
      List<Double> samples = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        results = runner.run(first.checks(), contexts.get());
        samples.add(millis(t));
      }
      String statuses = results.stream().map(r -> r.status().name()).collect(Collectors.joining(","));
      return "{\"step\":\"save/" + first.id() + "\",\"checks\":" + first.checks().size() + ",\"statuses\":\"" + statuses + "\",\"journal\":"
          + ctx.evidence().journal().size() + ",\"events\":" + ctx.evidence().events().size() + ",\"samples\":" + samples + "}";
    }
  }

  /**
   * What {@code dockerlab grade} does beyond JVM start-up: load the bundled lessons, connect, run every
   * step's checks live. The first pass is timed from {@code main}; the warm passes show the JIT's share.
   */
  private static String grade(Path workdir, int warmRuns, long mainStart) {
    Map<String, Double> slowest = new java.util.LinkedHashMap<>();
    int[] counts = gradeOnce(workdir, slowest);
    double cold = millis(mainStart);
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < warmRuns; i++) {
      long t = System.nanoTime();
      gradeOnce(workdir, new java.util.LinkedHashMap<>());
      warm.add(millis(t));
    }
    String phases = slowest.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(","));
    return "{\"lessons\":" + counts[0] + ",\"steps\":" + counts[1] + ",\"checks\":" + counts[2] + ",\"errors\":" + counts[3]
        + ",\"cold\":" + cold + ",\"warm\":" + warm + ",\"phases\":{" + phases + "}}";
  }

  /** Runs every step's checks; {@code phases} gets the time to load the lessons and each lesson's checks, cold. */
  private static int[] gradeOnce(Path workdir, Map<String, Double> phases) {
    long t = System.nanoTime();
    List<Lesson> lessons = LessonLoader.bundled();
    phases.put("load lessons", millis(t));
    DockerGateway engine = engine(workdir);
    CheckContext ctx = context(engine, workdir);
    int steps = 0;
    int checks = 0;
    int errors = 0;
    try (CheckRunner runner = new CheckRunner()) {
      for (Lesson lesson : lessons) {
        t = System.nanoTime();
        for (LessonStep step : lesson.steps()) {
          steps++;
          for (CheckResult r : runner.run(step.checks(), ctx)) {
            checks++;
            errors += r.status() == CheckResult.Status.ERROR ? 1 : 0;
          }
        }
        phases.put(lesson.id(), millis(t));
      }
    } finally {
      engine.close();
    }
    return new int[] {lessons.size(), steps, checks, errors};
  }

  /** The docker-archive check on a big archive, and {@code tar -tf} on the same file, one after the other. */
  private static String archive(Path file, String image, int warmup, int runs) throws Exception {
    Check check = new DockerArchiveCheck(file.getFileName().toString(), List.of(image), null, false);
    CheckContext ctx = new CheckContext(null, file.toAbsolutePath().getParent(), file.toAbsolutePath().getParent(), Evidence.NONE, Map.of());
    List<Double> checkSamples = new ArrayList<>();
    List<Double> tarSamples = new ArrayList<>();
    String status = "";
    try (CheckRunner runner = new CheckRunner()) {
      for (int i = 0; i < warmup + runs; i++) {
        long t = System.nanoTime();
        CheckResult r = runner.run(check, ctx);
        double c = millis(t);
        status = r.status().name();
        t = System.nanoTime();
        Process tar = new ProcessBuilder("tar", "-tf", file.toString()).redirectErrorStream(true).start();
        tar.getInputStream().transferTo(OutputSink.INSTANCE);
        if (tar.waitFor() != 0) {
          throw new IllegalStateException("tar -tf " + file + " failed");
        }
        double tt = millis(t);
        if (i >= warmup) {
          checkSamples.add(c);
          tarSamples.add(tt);
        }
      }
    }
    return "{\"status\":\"" + status + "\",\"check\":" + checkSamples + ",\"tar\":" + tarSamples + "}";
  }

  private static DockerGateway engine(Path workdir) {
    return DockerGateway.connect(EngineLocator.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home"))), workdir.resolve(".docker-config"));
  }

  private static CheckContext context(DockerGateway engine, Path workdir) {
    Evidence looked = new Evidence(Instant.EPOCH, Map.of(), List.of(), JournalLines.asRan("ls -sh busybox.tar", 0, Instant.now()));
    return new CheckContext(engine, workdir, workdir.resolve(".docker-config"), looked, Map.of());
  }

  /**
   * A long attempt: N commands in the journal (docker and shell commands of all kinds, the one that
   * counts last) and N engine events (pulls, tags, saves, container runs), as a learner who typed for a
   * day would leave them. Each context is made as {@code Attempt.evidence} makes it before every check
   * (what happened since the step began, copied into the evidence), so that cost is timed too.
   */
  private static java.util.function.Supplier<CheckContext> longHistory(DockerGateway engine, Path workdir, int n) {
    String[] lines = {"docker images", "docker save busybox -o other.tar", "ls -l", "docker tag busybox:latest mine:%d", "docker run --rm busybox echo %d",
        "curl http://localhost:5000/v2/_catalog", "docker load -i other.tar", "cat notes-%d.txt | wc -l", "docker rmi mine:%d", "cd /tmp"};
    String[][] events = {{"image", "tag"}, {"image", "save"}, {"image", "load"}, {"container", "create"}, {"container", "start"}, {"container", "die"},
        {"image", "untag"}, {"network", "connect"}};
    Instant start = Instant.now().minusSeconds(n);
    Instant since = start.minusSeconds(1);
    org.dockerlab.evidence.Journal journal = org.dockerlab.evidence.Journal.inMemory();
    for (int i = 0, kept = 0; kept < n - 1; i++) {
      List<org.dockerlab.evidence.JournalEntry> ran = JournalLines.asRan(String.format(Locale.ROOT, lines[i % lines.length], i), i % 7 == 0 ? 1 : 0, start.plusSeconds(i));
      ran.forEach(journal::add);
      kept += ran.size();
    }
    JournalLines.asRan("ls -sh busybox.tar", 0, Instant.now()).forEach(journal::add);
    org.dockerlab.evidence.EventLog log = org.dockerlab.evidence.EventLog.inMemory(since, java.time.Clock.systemUTC());
    for (int i = 0; i < n; i++) {
      String[] e = events[i % events.length];
      log.add(new org.dockerlab.docker.EngineEvent(e[0], e[1], String.format(Locale.ROOT, "sha256:%064x", i), Map.of("name", "mine:" + i), start.plusMillis(500L * i)));
    }
    // as Attempt.evidence makes it
    return () -> new CheckContext(engine, workdir, workdir.resolve(".docker-config"), new Evidence(since, Map.of(), log.since(since), journal.since(since)), Map.of());
  }

  private static void saveBusybox(DockerGateway engine, Path target) throws IOException {
    try (InputStream archive = engine.saveImages(List.of("busybox:latest"))) {
      Files.copy(archive, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static double millis(long since) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.3f", (System.nanoTime() - since) / 1e6));
  }

  /** Discards tar's listing. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
