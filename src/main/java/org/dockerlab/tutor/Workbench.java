package org.dockerlab.tutor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dockerlab.check.CheckContext;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.errors.LabException;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImages;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.setup.LabDirs;
import org.dockerlab.setup.LabMade;
import org.dockerlab.setup.SetupAction;
import org.dockerlab.setup.SetupRunner;

/**
 * Where the learner works, as the tutor sees it: the engine, the workspace, the lab's docker config and
 * its state directory. Lesson setup and cleanup run here (the tutor's only door to the setup actions),
 * and checks get their context from here.
 *
 * @param engine connected on first use; throws a one-line LabException when there is none
 * @param stateDir where setup keeps its files (a registry's htpasswd)
 */
public record Workbench(Supplier<DockerGateway> engine, Path workspace, Path dockerConfig, Path stateDir, Consumer<String> warnings) {

  /** A bench whose warnings (a damaged attempt file set aside) go nowhere: tests and tools. */
  public Workbench(Supplier<DockerGateway> engine, Path workspace, Path dockerConfig, Path stateDir) {
    this(engine, workspace, dockerConfig, stateDir, w -> {});
  }

  /** Runs setup or cleanup actions in order, each saying what it did; the first that fails stops the rest. */
  public void run(List<SetupAction> actions, Consumer<String> report) {
    runner(report).run(actions);
  }

  private SetupRunner runner(Consumer<String> report) {
    DockerGateway gateway = engine.get();
    return new SetupRunner(gateway, new ImageProvisioner(gateway, true, report), new LabDirs(workspace, dockerConfig, stateDir), report);
  }

  /**
   * Runs a lesson's cleanup, removes the containers the lab created since {@code since} (the learner's
   * {@code docker run}s in this attempt; null for none), then the untagged images the lab left that no
   * container uses any more: containers first, so that an image only they used goes too.
   */
  public void cleanUp(Lesson lesson, Instant since, Consumer<String> report) {
    SetupRunner runner = runner(report);
    runner.run(lesson.cleanup());
    if (since != null) {
      DockerGateway gateway = engine.get();
      for (ContainerSummary c : gateway.containers(true)) {
        if (LabLabels.createdByLab(c) && c.created() >= since.getEpochSecond()) {
          gateway.removeContainer(c.name(), true);
          report.accept("container " + c.name() + ": removed");
        }
      }
    }
    runner.sweep();
    removeAnonymousVolumes(engine.get(), report);
  }

  /** The untagged images the lab left that no container uses: empty after a cleanup that cleaned. */
  public List<String> leftovers() {
    return runner(w -> {}).leftovers();
  }

  /**
   * Puts the lab back as before any lesson: every lesson's cleanup, then every container the lab created
   * (labelled {@code org.dockerlab.created-by}) removed, the untagged images the lab left removed, and the
   * lab images ensured. Nothing the lab did not create is touched.
   */
  public void clearAll(List<Lesson> lessons, Consumer<String> everyLine) {
    Set<String> said = new HashSet<>();
    Consumer<String> report = line -> {
      if (said.add(line)) {
        everyLine.accept(line); // the lessons' cleanups overlap: each thing is said once
      }
    };
    for (Lesson l : lessons) {
      run(l.cleanup(), report);
    }
    DockerGateway gateway = engine.get();
    for (ContainerSummary c : gateway.containers(true)) {
      if (LabLabels.createdByLab(c)) {
        gateway.removeContainer(c.name(), true);
        report.accept("container " + c.name() + ": removed");
      }
    }
    removeLabVolumes(gateway, report);
    removeAnonymousVolumes(gateway, report);
    runner(report).sweep();
    LabMade made = LabMade.in(stateDir, warnings);
    new ImageProvisioner(gateway, true, report).ensureAll(LabImages.all()).forEach(p -> made.image(p.imageId()));
  }

  /**
   * Records the image names the engine's events say were made under the lesson's names (see
   * {@link LabMade}), so that its cleanup can tell them from names someone else made.
   */
  void noteMade(List<EngineEvent> events, Lesson lesson) {
    Set<String> names = names(lesson);
    if (!events.isEmpty() && !names.isEmpty()) {
      LabMade.in(stateDir, warnings).noteEvents(events, names, engine.get());
    }
    noteAnonymousVolumes(events);
  }

  /**
   * Records the anonymous volumes of the containers the lab shell created ({@code -v /path}, or an image's
   * {@code VOLUME}, as registry:2 has): a learner's {@code docker rm -f registry} leaves them, as the CLI's
   * does, and the lab's cleanups remove them once no container uses them. A container already gone took its
   * anonymous volumes with it ({@code --rm}).
   */
  private void noteAnonymousVolumes(List<EngineEvent> events) {
    Set<String> created = events.stream()
        .filter(e -> "container".equals(e.type()) && "create".equals(e.action()) && e.attributes().containsKey(LabLabels.CREATED_BY))
        .map(EngineEvent::id).filter(Objects::nonNull).collect(Collectors.toSet());
    if (created.isEmpty()) {
      return;
    }
    LabMade made = LabMade.in(stateDir, warnings);
    // what the engine mounted for them, even when they are gone again (docker run ...; docker rm -f ... on one line)
    events.stream()
        .filter(e -> "volume".equals(e.type()) && "mount".equals(e.action()) && created.contains(e.attributes().get("container")))
        .map(EngineEvent::id)
        .filter(ContainerDetails.MountPoint::anonymousName)
        .forEach(made::volume);
    for (String id : created) {
      try {
        made.anonymousVolumesOf(id, engine.get()); // created and not started: nothing mounted yet
      } catch (LabException gone) {
        // no engine now: nothing to record
      }
    }
  }

  /** Removes the anonymous volumes recorded by {@link #noteAnonymousVolumes} that no container uses any more. */
  private void removeAnonymousVolumes(DockerGateway gateway, Consumer<String> report) {
    LabMade made = LabMade.in(stateDir, warnings);
    List<String> gone = new ArrayList<>();
    for (String volume : made.volumes()) {
      if (gateway.inspectVolume(volume).isEmpty()) {
        gone.add(volume);
        continue;
      }
      try {
        gateway.removeVolume(volume, false);
        gone.add(volume);
        report.accept("anonymous volume " + volume.substring(0, Math.min(12, volume.length())) + ": removed");
      } catch (LabException inUse) {
        // a container still uses it: it goes with a later cleanup
      }
    }
    made.forgetVolumes(gone);
  }

  /** The repositories a lesson's setup and cleanup name ({@code localhost:5000/myapp}). */
  static Set<String> names(Lesson lesson) {
    Set<String> names = new TreeSet<>();
    Stream.concat(lesson.setup().stream(), lesson.cleanup().stream()).forEach(a -> names.addAll(a.names()));
    return names;
  }

  /** The volumes the lab shell created (labelled so); one a container of someone else still uses stays. */
  private static void removeLabVolumes(DockerGateway gateway, Consumer<String> report) {
    for (com.fasterxml.jackson.databind.JsonNode v : gateway.volumes(Map.of("label", List.of(LabLabels.CREATED_BY)))) {
      String name = v.path("Name").asText();
      try {
        gateway.removeVolume(name, false);
        report.accept("volume " + name + ": removed");
      } catch (org.dockerlab.docker.EngineError e) {
        report.accept("volume " + name + ": still used by a container, left as it is");
      }
    }
  }

  /** Removes a container the learner agreed to remove (one the lab did not create). */
  public void removeContainer(String name) {
    engine.get().removeContainer(name, true);
  }

  /** What a check may look at: this bench, and what the learner did and answered. */
  CheckContext checkContext(Evidence evidence, Map<String, String> answers) {
    return new CheckContext(engine.get(), workspace, dockerConfig, evidence, answers);
  }

  /** Where a lesson's attempts are kept: {@code attempts/ID} in the state directory. */
  AttemptFolder attemptFolder(String lesson) {
    return new AttemptFolder(stateDir.resolve("attempts"), lesson, warnings);
  }
}
