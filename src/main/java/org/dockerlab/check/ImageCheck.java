package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.archive.ArchiveContents;
import org.dockerlab.archive.ArchivedImage;
import org.dockerlab.archive.InvalidArchiveException;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.files.WorkspacePath;

/**
 * {@code type: image}: the engine has (or has not) an image; optionally the very image inside an archive.
 *
 * <pre>
 * - type: image
 *   ref: busybox:latest
 *   present: true               # default true
 *   sameIdAsArchive: busybox.tar  # optional: its ID is the config digest in that archive
 *   same-as: myapp:latest         # optional: it is myapp:latest as it was when the lesson began
 *   not-same-as: myapp:latest     # optional: it is another image than myapp:latest was when the lesson began (a new version)
 * </pre>
 *
 * A name in a local registry may be written with {@code localhost} or {@code 127.0.0.1}: both name the same registry.
 */
public record ImageCheck(
    @JsonProperty(value = "ref", required = true) String ref,
    @JsonProperty("present") Boolean present,
    @JsonProperty("sameIdAsArchive") String sameIdAsArchive,
    @JsonProperty("same-as") String sameAs,
    @JsonProperty("not-same-as") String notSameAs) implements Check {

  public ImageCheck {
    ref = ImageNames.require("ref", ref);
    present = present == null || present;
    if (sameIdAsArchive != null) {
      WorkspacePath.require("sameIdAsArchive", sameIdAsArchive);
      if (!present) {
        throw new IllegalArgumentException("sameIdAsArchive: only makes sense with present: true");
      }
    }
    if (sameAs != null) {
      sameAs = ImageNames.require("same-as", sameAs);
      if (!present) {
        throw new IllegalArgumentException("same-as: only makes sense with present: true");
      }
    }
    if (notSameAs != null) {
      notSameAs = ImageNames.require("not-same-as", notSameAs);
      if (!present) {
        throw new IllegalArgumentException("not-same-as: only makes sense with present: true");
      }
    }
  }

  /** Without same-as. */
  public ImageCheck(String ref, Boolean present, String sameIdAsArchive) {
    this(ref, present, sameIdAsArchive, null, null);
  }

  /** Without not-same-as. */
  public ImageCheck(String ref, Boolean present, String sameIdAsArchive, String sameAs) {
    this(ref, present, sameIdAsArchive, sameAs, null);
  }

  @Override
  public List<String> pins() {
    List<String> pins = new ArrayList<>();
    if (sameAs != null) {
      pins.add(sameAs);
    }
    if (notSameAs != null) {
      pins.add(notSameAs);
    }
    return List.copyOf(pins);
  }

  @Override
  public String describe() {
    if (!present) {
      return "the image " + ref + " is not in the engine";
    }
    return "the image " + ref + " is in the engine"
        + (sameIdAsArchive == null ? "" : ", the same image as in " + sameIdAsArchive)
        + (sameAs == null ? "" : ", the same image as " + sameAs)
        + (notSameAs == null ? "" : ", another image than " + notSameAs);
  }

  /** The image under {@code ref} or, in a local registry, under its other spelling (127.0.0.1 for localhost). */
  private Optional<ImageDetails> find(CheckContext ctx) {
    for (String name : ImageNames.aliases(ref)) {
      Optional<ImageDetails> image = ctx.engine().inspectImage(name);
      if (image.isPresent()) {
        return image;
      }
    }
    return Optional.empty();
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Optional<ImageDetails> image = find(ctx);
    if (!present) {
      return image
          .map(i -> CheckResult.failed(ref + " is still here: remove it: docker rmi " + ref, "no image " + ref, ref + " = image " + shortId(i.id())).withHint("still-present"))
          .orElseGet(() -> CheckResult.passed(ref + " is not in the engine", Map.of()));
    }
    if (image.isEmpty()) {
      return CheckResult.failed(
          "there is no image " + ref + " in the engine: docker images lists what is there", "image " + ref, "no image " + ref).withHint("no-image");
    }
    String id = image.get().id();
    if (sameAs != null) {
      Optional<PinnedImage> want = PinnedImage.resolve(ctx, sameAs);
      if (want.isEmpty()) {
        return PinnedImage.unknown(sameAs);
      }
      if (!want.get().identity().sameImageAs(PinnedImage.identityOf(image.get()))) {
        return CheckResult.failed(
                ref + " is another image (" + shortId(id) + ") than " + want.get().describe() + ": "
                    + want.get().source(ctx)
                        .map(source -> "point the name at it: docker tag " + source + " " + ref)
                        .orElse("the engine no longer has that image under any name or ID: load or build it again, then docker tag it " + ref),
                want.get().describe(),
                ref + " = image " + shortId(id))
            .withHint("wrong-image");
      }
    }
    if (notSameAs != null) {
      Optional<PinnedImage> other = PinnedImage.resolve(ctx, notSameAs);
      if (other.isEmpty()) {
        return PinnedImage.unknown(notSameAs);
      }
      if (other.get().identity().sameImageAs(PinnedImage.identityOf(image.get()))) {
        return CheckResult.failed(
                ref + " is the same image as " + other.get().describe() + " (" + shortId(id) + "): a new version needs new content; build it, then tag that image " + ref,
                "another image than " + other.get().describe(),
                ref + " = image " + shortId(id))
            .withHint("same-content");
      }
    }
    if (sameIdAsArchive == null) {
      return CheckResult.passed(ref + " is in the engine (" + shortId(id) + ")", Map.of("imageId", id));
    }
    return compareWithArchive(ctx, id);
  }

  private CheckResult compareWithArchive(CheckContext ctx, String id) {
    Path file = ctx.workdir().resolve(sameIdAsArchive).normalize();
    if (!Files.isRegularFile(file)) {
      return CheckResult.failed(sameIdAsArchive + " is missing in " + ctx.workdir() + ": save the image first: docker save " + ref + " > " + sameIdAsArchive, "the archive " + sameIdAsArchive, "no such file");
    }
    ArchiveContents archive;
    try {
      archive = ArchiveContents.read(file);
    } catch (InvalidArchiveException e) {
      return CheckResult.failed(sameIdAsArchive + " " + e.getMessage(), "a docker archive", sameIdAsArchive + " " + e.getMessage());
    } catch (IOException e) {
      return CheckResult.error("cannot read " + sameIdAsArchive + ": " + e.getMessage());
    }
    String wanted = ImageNames.normalise(ref);
    Optional<ArchivedImage> saved = archive.image(tag -> ImageNames.normalise(tag).equals(wanted));
    if (saved.isEmpty()) {
      String contains = String.join(", ", ImageNames.normaliseAll(archive.tags()));
      return CheckResult.failed(sameIdAsArchive + " has no image " + ref + " (it contains " + contains + ")", ref + " in " + sameIdAsArchive, contains);
    }
    String digest = saved.get().configDigest();
    if (!digest.equals(id)) {
      return CheckResult.failed(
          ref + " in the engine (" + shortId(id) + ") is not the image in " + sameIdAsArchive + " (" + shortId(digest) + "): load it: docker load -i " + sameIdAsArchive,
          shortId(digest),
          shortId(id));
    }
    return CheckResult.passed(ref + " is the image saved in " + sameIdAsArchive + " (" + shortId(id) + ")", Map.of("imageId", id));
  }

  /** As {@code docker images} shows an ID: 12 hex digits. */
  static String shortId(String id) {
    String hex = id == null ? "" : id.replaceFirst("^sha256:", "");
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
