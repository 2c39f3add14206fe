package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * </pre>
 */
public record ImageCheck(
    @JsonProperty(value = "ref", required = true) String ref,
    @JsonProperty("present") Boolean present,
    @JsonProperty("sameIdAsArchive") String sameIdAsArchive) implements Check {

  public ImageCheck {
    ref = ImageNames.require("ref", ref);
    present = present == null || present;
    if (sameIdAsArchive != null) {
      WorkspacePath.require("sameIdAsArchive", sameIdAsArchive);
      if (!present) {
        throw new IllegalArgumentException("sameIdAsArchive: only makes sense with present: true");
      }
    }
  }

  @Override
  public String describe() {
    if (!present) {
      return "the image " + ref + " is not in the engine";
    }
    return "the image " + ref + " is in the engine" + (sameIdAsArchive == null ? "" : ", the same image as in " + sameIdAsArchive);
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Optional<ImageDetails> image = ctx.engine().inspectImage(ref);
    if (!present) {
      return image
          .map(i -> CheckResult.failed(ref + " is still here: remove it: docker rmi " + ref, "no image " + ref, "image " + shortId(i.id())))
          .orElseGet(() -> CheckResult.passed(ref + " is not in the engine", Map.of()));
    }
    if (image.isEmpty()) {
      return CheckResult.failed(
          "there is no image " + ref + " in the engine: docker images lists what is there; load or pull it", "image " + ref, "no such image");
    }
    String id = image.get().id();
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
