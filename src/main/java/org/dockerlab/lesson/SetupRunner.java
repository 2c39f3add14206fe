package org.dockerlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.docker.config.RegistryAddress;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImages;
import org.dockerlab.images.Provisioned;

/**
 * Runs a lesson's setup or cleanup actions through the gateway, one line of report each. It touches only
 * what the lab owns: containers labelled {@link LabLabels#CREATED_BY}, lab images and local-registry tags,
 * files in the workspace, the lab's config.json. Anything else in the way stops it with a message that
 * says how to go on.
 */
public final class SetupRunner {
  static final String REGISTRY_IMAGE = "registry:2";
  static final Duration REGISTRY_READY = Duration.ofSeconds(10);
  private static final Duration PUSH_TIMEOUT = Duration.ofMinutes(2);

  private final DockerGateway engine;
  private final ImageProvisioner images;
  private final LabDirs dirs;
  private final Consumer<String> report;

  public SetupRunner(DockerGateway engine, ImageProvisioner images, LabDirs dirs, Consumer<String> report) {
    this.engine = engine;
    this.images = images;
    this.dirs = dirs;
    this.report = report;
  }

  /** Runs the actions in order; the first that fails stops the rest. */
  public void run(List<SetupAction> actions) {
    actions.forEach(this::run);
  }

  public void run(SetupAction action) {
    try {
      if (action instanceof SetupAction.EnsureImage a) {
        ensureImage(a.image());
      } else if (action instanceof SetupAction.RemoveImage a) {
        removeImage(a.image());
      } else if (action instanceof SetupAction.RemoveContainer a) {
        removeContainer(a.name());
      } else if (action instanceof SetupAction.StartRegistry a) {
        new RegistryStarter(this).start(a);
      } else if (action instanceof SetupAction.WriteFile a) {
        writeFile(a.path(), a.content());
      } else if (action instanceof SetupAction.RemoveFile a) {
        removeFile(a.path());
      } else if (action instanceof SetupAction.Logout a) {
        logout(a.server());
      } else if (action instanceof SetupAction.SaveImage a) {
        saveImage(a.image(), a.path());
      } else if (action instanceof SetupAction.PushImage a) {
        pushImage(a.image(), a.to());
      } else {
        throw new IllegalStateException("no runner for " + action);
      }
    } catch (IOException e) {
      throw LabException.environment("setup could not write in " + dirs.workdir() + ": " + e.getMessage(), e);
    }
  }

  void ensureImage(String image) {
    Provisioned done = images.ensure(LabImages.find(image).orElseThrow());
    report.accept(image + ": " + done.how().words() + (done.note().isEmpty() ? "" : " (" + done.note() + ")"));
  }

  private void removeImage(String image) {
    if (engine.inspectImage(image).isEmpty()) {
      report.accept(image + ": not present, nothing to remove");
      return;
    }
    engine.removeImage(image, true);
    report.accept(image + ": removed");
  }

  private void removeContainer(String name) {
    Optional<ContainerSummary> found = container(name);
    if (found.isEmpty()) {
      report.accept("container " + name + ": none, nothing to remove");
      return;
    }
    removeOwned(found.get(), "a container named " + name + " exists");
  }

  /** Removes a container the lab created; refuses, saying both ways out, one it did not. */
  void removeOwned(ContainerSummary c, String situation) {
    if (!LabLabels.createdByLab(c)) {
      throw new NotTheLabsException(c.name(), situation);
    }
    engine.removeContainer(c.name(), true);
    report.accept("container " + c.name() + ": removed");
  }

  Optional<ContainerSummary> container(String name) {
    return engine.containers(true).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  List<ContainerSummary> containers() {
    return engine.containers(true);
  }

  private void writeFile(String path, String content) throws IOException {
    write(dirs.inWorkspace(path), content.getBytes(StandardCharsets.UTF_8), AtomicFile.Access.SHARED);
    report.accept(path + ": written");
  }

  void write(Path file, byte[] bytes, AtomicFile.Access access) throws IOException {
    Files.createDirectories(file.getParent());
    try (AtomicFile out = AtomicFile.create(file, access)) {
      out.stream().write(bytes);
      out.commit();
    }
  }

  private void removeFile(String path) throws IOException {
    Path file = dirs.inWorkspace(path);
    if (Files.isDirectory(file)) {
      throw new LabException(ExitCode.ENVIRONMENT, path + " is a directory; the lesson expected a file there: move it away and start the lesson again");
    }
    report.accept(path + (Files.deleteIfExists(file) ? ": removed" : ": none, nothing to remove"));
  }

  private void logout(String server) {
    String key = RegistryAddress.authKey(server);
    boolean removed = DockerConfigFile.load(dirs.dockerConfig()).remove(key);
    report.accept(removed ? "logged out of " + key : "not logged in to " + key + ", nothing to remove");
  }

  private void saveImage(String image, String path) throws IOException {
    ensureImage(image);
    Path file = dirs.inWorkspace(path);
    Files.createDirectories(file.getParent());
    try (InputStream in = engine.saveImage(image); AtomicFile out = AtomicFile.create(file, AtomicFile.Access.SHARED)) {
      in.transferTo(out.stream());
      out.commit();
    }
    report.accept(image + ": saved to " + path + " (" + Files.size(file) + " bytes)");
  }

  private void pushImage(String image, String to) {
    ensureImage(image);
    engine.tag(image, to);
    engine.push(to, null, PUSH_TIMEOUT);
    report.accept(image + ": pushed as " + to);
  }

  DockerGateway engine() {
    return engine;
  }

  LabDirs dirs() {
    return dirs;
  }

  Consumer<String> report() {
    return report;
  }

  /** The labels of everything a lesson starts. */
  static Map<String, String> labels(String role) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(LabLabels.CREATED_BY, LabLabels.BY_LESSON);
    labels.put("org.dockerlab.role", role);
    return labels;
  }
}
