package org.dockerlab.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a {@code docker save} archive holds, read from its small JSON entries while passing over the layers
 * (see {@link ArchiveReader}).
 *
 * @param compression how the file is compressed, told by its first bytes, whatever its name says
 * @param layout which layout the images were read from; an archive of a newer engine has both, and then
 *     the legacy {@code manifest.json} is the one read
 */
public record ArchiveContents(Compression compression, Layout layout, List<ArchivedImage> images) {
  /** The two ways {@code docker save} lays an archive out. */
  public enum Layout {
    /** {@code manifest.json} (and {@code repositories}), as every engine writes it until Docker 25. */
    LEGACY,
    /** {@code index.json} and {@code oci-layout}, manifests among the blobs, tags in annotations. */
    OCI
  }

  public ArchiveContents {
    images = List.copyOf(images);
  }

  /** Reads the file, seeking over the layers of an uncompressed one and streaming past them otherwise. */
  public static ArchiveContents read(Path file) throws IOException, InvalidArchiveException {
    return ArchiveReader.read(file);
  }

  /** Every tag in the archive, in order, each once, as the archive spells it. */
  public List<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    images.forEach(i -> tags.addAll(i.tags()));
    return List.copyOf(tags);
  }

  /**
   * The image with a tag that {@code isWanted} accepts, or the only image of an archive saved by ID.
   *
   * @param isWanted compares a tag as the archive spells it with the wanted one (the caller knows the
   *     spellings that mean the same image)
   */
  public Optional<ArchivedImage> image(Predicate<String> isWanted) {
    for (ArchivedImage image : images) {
      if (image.tags().stream().anyMatch(isWanted)) {
        return Optional.of(image);
      }
    }
    return images.size() == 1 && images.get(0).tags().isEmpty() ? Optional.of(images.get(0)) : Optional.empty();
  }
}
