package org.dockerlab.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineUnavailableException;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * Makes sure the lab's images are in the engine: present already, else pulled, else built offline from
 * the host's packages (labelled as lab stand-ins), else a clear error naming what is missing.
 */
public final class ImageProvisioner {
  private static final Duration PULL_TIMEOUT = Duration.ofMinutes(5);

  private final DockerGateway engine;
  private final boolean tryPull;
  private final Consumer<String> progress;

  /**
   * @param tryPull false to go straight to the offline build (no Docker Hub access)
   * @param progress receives one line for each thing tried, for a person to read
   */
  public ImageProvisioner(DockerGateway engine, boolean tryPull, Consumer<String> progress) {
    this.engine = engine;
    this.tryPull = tryPull;
    this.progress = progress;
  }

  /** Ensures every image in order (bases before the images built on them). */
  public List<Provisioned> ensureAll(List<LabImage> images) {
    List<Provisioned> done = new ArrayList<>();
    for (LabImage image : images) {
      done.add(ensure(image));
    }
    return done;
  }

  public Provisioned ensure(LabImage image) {
    long start = System.nanoTime();
    Optional<ImageDetails> present = engine.inspectImage(image.reference());
    if (present.isPresent()) {
      return done(image, Provisioned.How.PRESENT, present.get().id(), start, note(present.get()));
    }
    String pullError = null;
    if (tryPull && image.pullable()) {
      try {
        progress.accept(image.reference() + ": pulling");
        engine.pull(image.reference(), PULL_TIMEOUT);
        String id = engine.inspectImage(image.reference()).map(ImageDetails::id).orElse("");
        return done(image, Provisioned.How.PULLED, id, start, "from Docker Hub");
      } catch (EngineUnavailableException e) {
        throw e;
      } catch (LabException e) {
        pullError = e.getMessage();
        progress.accept(image.reference() + ": pull failed (" + firstLine(pullError) + "), building offline");
      }
    }
    Recipe recipe = image.recipe().get();
    recipe.base().flatMap(LabImages::find).ifPresent(this::ensure);
    checkHostHas(image, recipe, pullError);
    progress.accept(image.reference() + ": building offline from the host's packages");
    String id = build(image);
    return done(image, Provisioned.How.BUILT, id, start, "lab stand-in");
  }

  /**
   * Writes the image as a docker archive with fixed times (see StandInImage) on the engine's copy of its base,
   * and loads it: the same sources and base give the same ID every time.
   */
  private String build(LabImage image) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dockerlab-stand-in-");
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put(LabImages.LABEL_SOURCE, "built offline by dockerlab from the host's packages");
      Recipe recipe = image.recipe().get();
      BaseImage base = null;
      if (recipe.base().isPresent()) {
        try (InputStream saved = engine.saveImage(recipe.base().get())) {
          base = BaseImage.unpack(saved, dir);
        }
      }
      Path archive = dir.resolve("image.tar");
      StandInImage.write(image.reference(), base, recipe, labels, archive);
      try (InputStream in = Files.newInputStream(archive)) {
        engine.loadImages(in, line -> {});
      }
      return engine.inspectImage(image.reference()).map(ImageDetails::id)
          .orElseThrow(() -> new LabException(ExitCode.ENVIRONMENT, "the engine loaded " + image.reference() + " but does not list it"));
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot write the image archive for " + image.reference() + ": " + e.getMessage(), e);
    } catch (LabException e) {
      if (e instanceof EngineUnavailableException) {
        throw e;
      }
      throw new LabException(ExitCode.ENVIRONMENT, "building " + image.reference() + " offline failed: " + firstLine(e.getMessage()), e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void checkHostHas(LabImage image, Recipe recipe, String pullError) {
    for (ContextFile file : recipe.files()) {
      Path host = file.hostPath();
      if (host == null) {
        continue;
      }
      boolean usable = Files.isRegularFile(host) && Files.isReadable(host);
      try {
        if (usable && file.executable() && !HostBinaries.executable(host)) {
          usable = false;
        }
        if (usable && host.equals(LabImages.BUSYBOX) && !HostBinaries.isStatic(host)) {
          usable = false;
        }
      } catch (IOException e) {
        usable = false;
      }
      if (!usable) {
        String why = pullError == null ? "" : "it could not be pulled (" + firstLine(pullError) + ") and ";
        throw new LabException(
            ExitCode.ENVIRONMENT,
            image.reference() + ": " + why + "it cannot be built offline: this needs " + recipe.requirement());
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // temp files left behind; the OS cleans its temp directory
    }
  }

  private static String note(ImageDetails details) {
    return LabImages.isStandIn(details) ? "lab stand-in" : "";
  }

  private static Provisioned done(LabImage image, Provisioned.How how, String id, long start, String note) {
    return new Provisioned(image, how, id, Duration.ofNanos(System.nanoTime() - start), note);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
