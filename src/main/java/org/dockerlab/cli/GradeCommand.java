package org.dockerlab.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dockerlab.check.CheckRunner;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Futures;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.progress.Progress;
import org.dockerlab.report.GradeReport;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.report.Grader;
import org.dockerlab.tutor.Attempt;
import org.dockerlab.tutor.Workbench;
import org.dockerlab.report.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dockerlab grade}: the recorded verdicts (or live checks) of the lessons, as text, JSON, JUnit XML or Markdown. */
@Command(
    name = "grade",
    description = "Grade the lessons: the verdicts recorded in the shell, or with --live the checks run now.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every graded check passed",
      "1:some checks failed or were never attempted",
      "2:bad input (an unknown lesson id)",
      "3:the environment is broken (no engine with --live, or a check could not run)"
    })
final class GradeCommand extends LabSubcommand {
  @Mixin LessonSource source;
  @Mixin LearnerOption learner;

  @Option(names = "--lesson", paramLabel = "ID", description = "Grade only this lesson (repeatable; default: all).")
  List<String> lessonIds = new ArrayList<>();

  @Option(names = "--live", description = "Run the checks now against the engine, files and registries, instead of the recorded verdicts.")
  boolean live;

  @Mixin ReportOutput output;

  @Override
  public Integer call() throws IOException {
    LabContext lab = lab();
    // the engine's client is made and asked while the lessons and the progress are read (two cores: 0.1 s)
    CompletableFuture<DockerGateway> engine = live ? CompletableFuture.supplyAsync(() -> connected(lab)) : null;
    List<Lesson> lessons = chosen(source.lessons());
    Progress progress = learner.identify(root, LessonSource.store(lab, err()));
    GradeReport report = live ? live(lab, Futures.join(engine), progress, lessons) : new Grader(Clock.systemUTC()).recorded(progress, lessons);
    output.deliver(report, out());
    Tally tally = report.tally();
    return tally.errors() > 0 ? ExitCode.ENVIRONMENT : tally.allPassed() ? ExitCode.OK : ExitCode.FAILED;
  }

  private static DockerGateway connected(LabContext lab) {
    DockerGateway engine = lab.gateway();
    engine.info(); // no engine: exit 3 with the gateway's one line, before any check reports it forty times
    return engine;
  }

  private GradeReport live(LabContext lab, DockerGateway engine, Progress progress, List<Lesson> lessons) {
    ProgressStore store = LessonSource.store(lab, err());
    Workbench bench = new Workbench(() -> engine, lab.workdir(), lab.dockerConfig(), lab.home().root(), w -> err().println("dockerlab: " + w));
    try (CheckRunner runner = new CheckRunner()) {
      return new Grader(Clock.systemUTC()).live(progress, lessons, runner, Attempt.liveContexts(store, bench, runner, Clock.systemUTC()));
    }
  }

  private List<Lesson> chosen(List<Lesson> all) {
    if (lessonIds.isEmpty()) {
      return all;
    }
    Map<String, Lesson> byId = all.stream().collect(Collectors.toMap(Lesson::id, Function.identity()));
    List<String> unknown = lessonIds.stream().filter(id -> !byId.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw LabException.badInput("no lesson " + String.join(", ", unknown) + "; the lessons are: "
          + all.stream().map(Lesson::id).collect(Collectors.joining(", ")));
    }
    // in the lessons' order, each once, however the ids were given
    return all.stream().filter(l -> lessonIds.contains(l.id())).toList();
  }
}
