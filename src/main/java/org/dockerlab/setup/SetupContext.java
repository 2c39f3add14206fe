package org.dockerlab.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImages;
import org.dockerlab.images.Provisioned;

/**
 * Everything a setup action may use, and the moves several of them share.
 *
 * @param engine the only door to the engine
 * @param images provisions lab images (present, pulled, or built offline)
 * @param dirs the workspace, the lab's DOCKER_CONFIG and its state directory
 * @param report receives one line per thing done, for a person to read
 */
public record SetupContext(DockerGateway engine, ImageProvisioner images, LabDirs dirs, Consumer<String> report) {
  static final String REGISTRY_IMAGE = "registry:2";

  /** The lab image is in the engine; says how it got there. */
  void ensureImage(String image) {
    Provisioned done = images.ensure(LabImages.find(image).orElseThrow());
    made().image(done.imageId());
    report.accept(image + ": " + done.how().words() + (done.note().isEmpty() ? "" : " (" + done.note() + ")"));
  }

  Optional<ContainerSummary> container(String name) {
    return engine.containers(true).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** What the lab made in the engine, as recorded in its state directory. */
  LabMade made() {
    return LabMade.in(dirs.state(), report);
  }

  /** Removes a container the lab created; refuses, saying both ways out, one it did not. */
  void removeOwned(ContainerSummary c, String situation) {
    if (!LabLabels.createdByLab(c)) {
      throw new NotTheLabsException(c.name(), situation);
    }
    engine.removeContainer(c.name(), true);
    report.accept("container " + c.name() + ": removed");
  }

  /**
   * Removes a volume the lab created; one a container still uses (a container the lab did not create, since
   * lessons remove theirs first) stays, said in one line.
   */
  void removeOwnedVolume(String name) {
    try {
      engine.removeVolume(name, false);
      report.accept("volume " + name + ": removed");
    } catch (org.dockerlab.docker.EngineError e) {
      if (e.httpStatus() != 409) {
        throw e;
      }
      report.accept("volume " + name + ": still used by a container, left as it is (" + e.getMessage() + ")");
    }
  }

  /** Writes a whole file atomically, readable by the learner's tools, creating its directory. */
  void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (AtomicFile out = AtomicFile.create(file, AtomicFile.Access.SHARED)) {
      out.stream().write(bytes);
      out.commit();
    }
  }

  /** The labels of everything a lesson starts. */
  static Map<String, String> labels(String role) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(LabLabels.CREATED_BY, LabLabels.BY_LESSON);
    labels.put("org.dockerlab.role", role);
    return labels;
  }
}
