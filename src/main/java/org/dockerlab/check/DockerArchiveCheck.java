package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.archive.ArchiveContents;
import org.dockerlab.archive.ArchivedImage;
import org.dockerlab.archive.Compression;
import org.dockerlab.archive.InvalidArchiveException;
import org.dockerlab.files.WorkspacePath;

/**
 * {@code type: docker-archive}: a file is an image archive as {@code docker save} writes it, with the given
 * tags, at least that many layers, compressed or not as asked.
 *
 * <pre>
 * - type: docker-archive
 *   path: busybox.tar
 *   tags: [busybox:latest]   # optional; busybox means busybox:latest
 *   minLayers: 1             # optional
 *   gzip: false              # optional: true = must be gzip-compressed, false = must not be
 * </pre>
 */
public record DockerArchiveCheck(
    @JsonProperty(value = "path", required = true) String path,
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("minLayers") Integer minLayers,
    @JsonProperty("gzip") Boolean gzip) implements Check {

  public DockerArchiveCheck {
    WorkspacePath.require("path", path);
    tags = tags == null ? List.of() : tags.stream().map(t -> ImageNames.require("tags", t)).toList();
    if (minLayers != null && minLayers < 1) {
      throw new IllegalArgumentException("minLayers: must be 1 or more, not " + minLayers);
    }
  }

  @Override
  public String describe() {
    String what = tags.isEmpty() ? "a docker image archive" : "a docker archive of " + String.join(", ", tags);
    String compressed = gzip == null ? "" : gzip ? ", gzip-compressed" : ", not compressed";
    return path + " is " + what + compressed;
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Path file = ctx.workdir().resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      return CheckResult.failed(path + " is missing in " + ctx.workdir() + NearbyFiles.hint(ctx.workdir(), path) + ": create it: " + saveCommand(), describe(), "no such file");
    }
    ArchiveContents archive;
    try {
      archive = ArchiveContents.read(file);
    } catch (InvalidArchiveException e) {
      return CheckResult.failed(path + " " + e.getMessage() + "; write it again: " + saveCommand(), describe(), path + " " + e.getMessage());
    } catch (IOException e) {
      return CheckResult.error("cannot read " + path + ": " + e.getMessage());
    }
    Compression compression = archive.compression();
    if (gzip != null && gzip != (compression == Compression.GZIP)) {
      String found = compression == Compression.NONE ? "not compressed" : compression.word() + "-compressed";
      String fix = gzip ? "pipe docker save through gzip: " : "save it without gzip: ";
      return CheckResult.failed(path + " is " + found + ": " + fix + saveCommand(), gzip ? "gzip-compressed" : "not compressed", found);
    }
    List<String> archiveTags = ImageNames.normaliseAll(archive.tags());
    List<String> missing = tags.stream().filter(t -> !archiveTags.contains(ImageNames.normalise(t))).toList();
    if (!missing.isEmpty()) {
      String found = archiveTags.isEmpty() ? "an image without a tag (saved by ID?)" : String.join(", ", archiveTags);
      return CheckResult.failed(
          path + " contains " + found + ", not " + String.join(", ", missing) + ": save " + images(missing) + " into it: " + saveCommand(),
          String.join(", ", tags),
          found);
    }
    int layers = archive.images().stream().mapToInt(ArchivedImage::layers).max().orElse(0);
    if (minLayers != null && layers < minLayers) {
      return CheckResult.failed(
          path + " has " + layers + " layer(s), at least " + minLayers + " expected: save the right image: " + saveCommand(),
          "at least " + minLayers + " layers",
          layers + " layers");
    }
    String digests = String.join(",", archive.images().stream().map(ArchivedImage::configDigest).toList());
    return CheckResult.passed(
        path + " is a docker archive of " + (archiveTags.isEmpty() ? "an untagged image" : String.join(", ", archiveTags)) + " (" + layers + " layer" + (layers == 1 ? "" : "s") + ")",
        Map.of(
            "tags", String.join(",", archiveTags),
            "layers", Integer.toString(layers),
            "configDigest", digests,
            "compression", compression.word()));
  }

  private String saveCommand() {
    String images = tags.isEmpty() ? "IMAGE" : images(tags);
    return Boolean.TRUE.equals(gzip) ? "docker save " + images + " | gzip > " + path : "docker save " + images + " > " + path;
  }

  /** As a person types them: {@code busybox}, not {@code busybox:latest}. */
  private static String images(List<String> names) {
    return String.join(" ", names.stream().map(n -> n.endsWith(":latest") ? n.substring(0, n.length() - ":latest".length()) : n).toList());
  }
}
