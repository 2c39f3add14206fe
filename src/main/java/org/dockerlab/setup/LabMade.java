package org.dockerlab.setup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;

/**
 * The image names the lab made under the lessons' names (tags such as {@code localhost:5000/myapp:v2},
 * digests such as {@code localhost:5000/myapp@sha256:...}) and the images they named, recorded as they were
 * made: by a setup action, or seen in the engine's events during a lesson, whichever terminal caused them;
 * and the anonymous volumes of the containers the lab created. A name not recorded here, or made outside the
 * lessons' names, is someone else's: cleanups leave it alone.
 * Kept in the state directory as {@code lab-made.json}, read and written whole on each change, so that
 * every part of the lab that runs a setup or watches a lesson shares it.
 */
public final class LabMade {
  static final String FILE = "lab-made.json";
  static final int LIMIT = 5_000;
  private static final Set<String> NAMING = Set.of("tag", "pull", "push", "load", "import");
  private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file's content: names, image IDs and anonymous volumes, oldest first. */
  record Record(List<String> names, List<String> images, List<String> volumes) {
    Record {
      names = names == null ? List.of() : List.copyOf(names);
      images = images == null ? List.of() : List.copyOf(images);
      volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }
  }

  private final Path file;
  private final Consumer<String> warnings;
  private Record memory = new Record(List.of(), List.of(), List.of());

  private LabMade(Path file, Consumer<String> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  /** The record in a state directory (created on the first name recorded). */
  public static LabMade in(Path stateDir, Consumer<String> warnings) {
    return new LabMade(stateDir.resolve(FILE), warnings);
  }

  /** A record kept in memory only (tests). */
  public static LabMade inMemory() {
    return new LabMade(null, w -> {});
  }

  /** Whether the lab made this name ({@code repo:tag} or {@code repo@digest}, as the engine lists them). */
  public boolean madeName(String name) {
    return read().names().contains(name);
  }

  /** Whether the lab made or named this image (by ID). */
  public boolean madeImage(String id) {
    return read().images().contains(id);
  }

  /** Records an image the lab put in the engine itself (a lab image it provisioned). */
  public void image(String id) {
    if (id != null && !id.isEmpty()) {
      add(List.of(), List.of(id));
    }
  }

  /**
   * Records what the lab just did under one of its names: the name itself (a tag, or a digest when it
   * names one), the image it names now and that image's digests in the same repository (a push or a pull
   * gives the image one). A name that names nothing now (removed again since) records nothing.
   */
  public void named(String reference, DockerGateway engine) {
    ImageRef ref = ImageRef.parse(reference);
    Optional<ImageDetails> image = engine.inspectImage(reference);
    if (image.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    String repository = ref.repository();
    if (ref.digest() != null) {
      names.add(repository + "@" + ref.digest());
    } else if (image.get().repoTags().contains(ref.withDefaultTag())) {
      names.add(ref.withDefaultTag());
    }
    image.get().repoDigests().stream().filter(d -> d.startsWith(repository + "@")).forEach(names::add);
    add(names, List.of(image.get().id()));
  }

  /**
   * Records the names the engine's events say were made under the lessons' names ({@code repositories}):
   * tags, pulls, pushes, loads and imports, each looked up as it is now.
   */
  public void noteEvents(List<EngineEvent> events, Collection<String> repositories, DockerGateway engine) {
    for (EngineEvent e : events) {
      if (!"image".equals(e.type()) || !NAMING.contains(e.action())) {
        continue;
      }
      String reference = e.id() == null || e.id().startsWith("sha256:") ? e.attributes().get("name") : e.id();
      Optional<ImageRef> ref = parse(reference);
      if (ref.isEmpty() || !repositories.contains(ref.get().repository())) {
        continue;
      }
      if ("tag".equals(e.action()) && e.id() != null && e.id().startsWith("sha256:")) {
        add(List.of(), List.of(e.id())); // the image got a lab name, even if the name moved on since
      }
      try {
        named(reference, engine);
      } catch (LabException gone) {
        // no engine or no such image now: nothing to record
      }
    }
  }

  /**
   * Records an anonymous volume of a container the lab created ({@code -v /path}, or an image's {@code VOLUME}
   * such as registry:2's): {@code docker rm} without {@code -v} leaves it, and a cleanup removes it once no
   * container uses it.
   */
  public synchronized void volume(String name) {
    Record r = read();
    if (name != null && !r.volumes().contains(name)) {
      List<String> v = new ArrayList<>(r.volumes());
      v.add(name);
      write(new Record(r.names(), r.images(), newest(new LinkedHashSet<>(v))));
    }
  }

  /**
   * Records the anonymous volumes a container the lab created has now; a container that is gone records
   * nothing (with {@code --rm} its anonymous volumes went with it).
   */
  public void anonymousVolumesOf(String container, DockerGateway engine) {
    engine.inspectContainer(container).ifPresent(c -> c.mounts().stream()
        .filter(org.dockerlab.docker.ContainerDetails.MountPoint::anonymous).forEach(m -> volume(m.name())));
  }

  /** The anonymous volumes recorded, oldest first. */
  public List<String> volumes() {
    return read().volumes();
  }

  /** Forgets volumes that are gone. */
  public synchronized void forgetVolumes(Collection<String> gone) {
    Record r = read();
    List<String> kept = r.volumes().stream().filter(v -> !gone.contains(v)).toList();
    if (kept.size() != r.volumes().size()) {
      write(new Record(r.names(), r.images(), kept));
    }
  }

  /** Forgets names that name nothing any more, so the record stays small. */
  void forget(Collection<String> names) {
    Record r = read();
    List<String> kept = r.names().stream().filter(n -> !names.contains(n)).toList();
    if (kept.size() != r.names().size()) {
      write(new Record(kept, r.images(), r.volumes()));
    }
  }

  /** The repository of a reference as the lessons name it, {@code localhost:5000/myapp}. */
  static Optional<ImageRef> parse(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImageRef.parse(reference));
    } catch (LabException notAName) {
      return Optional.empty();
    }
  }

  private synchronized void add(List<String> names, List<String> images) {
    Record r = read();
    Set<String> n = new LinkedHashSet<>(r.names());
    Set<String> i = new LinkedHashSet<>(r.images());
    if (n.addAll(names) | i.addAll(images)) {
      write(new Record(newest(n), newest(i), r.volumes()));
    }
  }

  private static List<String> newest(Set<String> all) {
    List<String> list = new ArrayList<>(all);
    return list.subList(Math.max(0, list.size() - LIMIT), list.size());
  }

  private synchronized Record read() {
    if (file == null || !Files.isRegularFile(file)) {
      return memory;
    }
    try {
      return JSON.readValue(file.toFile(), Record.class);
    } catch (IOException e) {
      warnings.accept(file + " could not be read (" + e.getMessage().lines().findFirst().orElse("")
          + "): cleanups keep every image name until the lab records it again");
      return new Record(List.of(), List.of(), List.of());
    }
  }

  private synchronized void write(Record r) {
    memory = r;
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      try (AtomicFile out = AtomicFile.create(file, AtomicFile.Access.OWNER_ONLY)) {
        out.stream().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(r));
        out.commit();
      }
    } catch (IOException e) {
      warnings.accept("could not record what the lab made in " + file + " (" + e.getMessage() + "): its cleanup may leave it");
    }
  }
}
