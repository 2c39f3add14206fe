package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.archive.ArchiveContents;
import org.dockerlab.archive.ArchivedImage;
import org.dockerlab.archive.InvalidArchiveException;
import org.dockerlab.docker.EngineEvent;
import org.dockerlab.evidence.Identity;
import org.dockerlab.files.WorkspacePath;

/**
 * {@code type: loaded}: the engine loaded the image, as its own events report it, whoever asked (this shell
 * with {@code < f}, {@code -i f}, {@code cat f | docker load}, {@code gunzip -c f | docker load}, or the
 * docker CLI in another terminal). A load that failed loads nothing, so it reports nothing.
 *
 * <pre>
 * - type: loaded
 *   archive: busybox.tar.gz   # the image in this archive was loaded after the file was last written
 *   image: busybox:latest     # or: the image as it was when the lesson began was loaded since then
 * </pre>
 */
public record LoadedCheck(@JsonProperty("archive") String archive, @JsonProperty("image") String image) implements Check {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  public LoadedCheck {
    if ((archive == null) == (image == null)) {
      throw new IllegalArgumentException("archive or image: name what must be loaded, the archive (busybox.tar) or the image (busybox:latest), one of them");
    }
    if (archive != null) {
      WorkspacePath.require("archive", archive);
    } else {
      image = ImageNames.require("image", image);
    }
  }

  @Override
  public List<String> pins() {
    return image == null ? List.of() : List.of(image);
  }

  @Override
  public String describe() {
    return archive != null
        ? "the image in " + archive + " was loaded with docker load after " + archive + " was written"
        : "the image " + image + " was loaded with docker load";
  }

  /** What must have been loaded, and since when. */
  private record Wanted(List<Identity> images, String label, Instant after, String afterWhat) {}

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Object wanted = archive != null ? fromArchive(ctx) : fromPin(ctx);
    if (wanted instanceof CheckResult problem) {
      return problem;
    }
    Wanted w = (Wanted) wanted;
    List<EngineEvent> loads = ctx.evidence().events("image", "load").toList();
    List<EngineEvent> ofIt = loads.stream().filter(e -> w.images().stream().anyMatch(i -> i.sameImageAs(asIdentity(e)))).toList();
    Optional<EngineEvent> after = ofIt.stream().filter(e -> e.time() == null || !e.time().isBefore(w.after())).reduce((a, b) -> b);
    if (after.isPresent()) {
      EngineEvent e = after.get();
      return CheckResult.passed(
          "the engine loaded " + w.label() + (e.time() == null ? "" : " at " + TIME.format(e.time())),
          Map.of("loadedImage", e.id()));
    }
    String expected = "a docker load of " + w.label() + " after " + w.afterWhat();
    if (!ofIt.isEmpty()) {
      EngineEvent last = ofIt.get(ofIt.size() - 1);
      return CheckResult.failed(
              "the engine loaded " + w.label() + " at " + TIME.format(last.time()) + ", before " + w.afterWhat() + ": load it now: " + command(),
              expected,
              "the last load of it at " + TIME.format(last.time()))
          .withHint("loaded-before");
    }
    if (!loads.isEmpty()) {
      List<String> others = new ArrayList<>();
      loads.forEach(e -> others.add(ImageCheck.shortId(e.id())));
      return CheckResult.failed(
              "the engine loaded other images (" + String.join(", ", others.stream().distinct().toList()) + "), not " + w.label() + ": " + command(),
              expected,
              "loads of " + String.join(", ", others.stream().distinct().toList()))
          .withHint("loaded-other");
    }
    return CheckResult.failed(
            "the engine has loaded nothing since " + w.afterWhat() + " (a docker load that failed loads nothing): " + command(),
            expected,
            "no docker load since " + w.afterWhat())
        .withHint("not-loaded");
  }

  private String command() {
    return archive != null ? "docker load -i " + archive : "docker load -i FILE";
  }

  private Object fromArchive(CheckContext ctx) {
    Path file = ctx.workdir().resolve(archive).normalize();
    if (!Files.isRegularFile(file)) {
      return CheckResult.failed("there is no " + archive + " in " + ctx.workdir() + " to load from", "the archive " + archive, "no file " + archive).withHint("no-archive");
    }
    ArchiveContents contents;
    Instant written;
    try {
      contents = ArchiveContents.read(file);
      written = Files.getLastModifiedTime(file).toInstant();
    } catch (InvalidArchiveException e) {
      return CheckResult.failed(archive + " " + e.getMessage() + ": docker load cannot load it either", "a docker archive", archive + " " + e.getMessage()).withHint("not-an-archive");
    } catch (IOException e) {
      return CheckResult.error("cannot read " + archive + ": " + e.getMessage());
    }
    List<Identity> images = contents.images().stream().map(LoadedCheck::identity).toList();
    String ids = String.join(", ", contents.images().stream().map(i -> ImageCheck.shortId(i.configDigest())).toList());
    return new Wanted(images, "the image in " + archive + " (" + ids + ")", written, archive + " was written (" + TIME.format(written) + ")");
  }

  private Object fromPin(CheckContext ctx) {
    Optional<PinnedImage> pinned = PinnedImage.resolve(ctx, image);
    if (pinned.isEmpty()) {
      return PinnedImage.unknown(image);
    }
    Instant since = ctx.evidence().since();
    return new Wanted(List.of(pinned.get().identity()), pinned.get().describe(), since, "the step began (" + TIME.format(since) + ")");
  }

  private static Identity identity(ArchivedImage image) {
    return new Identity(image.configDigest(), image.configDigest(), image.diffIds());
  }

  /** A load event names the image by its ID (the configuration digest on the classic store). */
  private static Identity asIdentity(EngineEvent e) {
    return new Identity(e.id(), null, List.of());
  }
}
