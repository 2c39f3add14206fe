package org.dockerlab.images;

import java.util.List;

/** Reads the engine's load messages to tell which images a bundle held, and which lab images it lacked. */
public final class LoadedImages {
  private static final String LOADED = "Loaded image: ";

  private LoadedImages() {}

  /** The references in {@code Loaded image: busybox:latest} lines (an untagged image's ID line is skipped). */
  public static List<String> references(List<String> engineLines) {
    return engineLines.stream()
        .filter(l -> l.startsWith(LOADED))
        .map(l -> shortName(l.substring(LOADED.length()).strip()))
        .toList();
  }

  /** The lab images that are not among the loaded references. */
  public static List<LabImage> notIn(List<LabImage> labImages, List<String> loaded) {
    return labImages.stream().filter(i -> !loaded.contains(i.reference())).toList();
  }

  /** Newer engines may name Docker Hub images in full ({@code docker.io/library/busybox:latest}). */
  private static String shortName(String reference) {
    return reference.replaceFirst("^docker\\.io/library/", "").replaceFirst("^docker\\.io/", "");
  }
}
