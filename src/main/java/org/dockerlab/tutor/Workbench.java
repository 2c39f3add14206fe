package org.dockerlab.tutor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dockerlab.check.CheckContext;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImages;
import org.dockerlab.setup.LabDirs;
import org.dockerlab.lesson.Lesson;
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
    DockerGateway gateway = engine.get();
    new SetupRunner(gateway, new ImageProvisioner(gateway, true, report), new LabDirs(workspace, dockerConfig, stateDir), report)
        .run(actions);
  }

  /**
   * Puts the lab back as before any lesson: every lesson's cleanup, then every container the lab created
   * (labelled {@code org.dockerlab.created-by}) removed, and the lab images ensured. Nothing the lab did
   * not create is touched.
   */
  public void clearAll(List<Lesson> lessons, Consumer<String> report) {
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
    new ImageProvisioner(gateway, true, report).ensureAll(LabImages.all());
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
