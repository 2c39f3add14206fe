package org.dockerlab.images;

import java.util.List;
import java.util.Optional;

/**
 * How to build a lab image offline: a Dockerfile and the files it copies.
 *
 * @param base the lab image this one is built on, if any (it is ensured first)
 * @param requirement what the host must have, in words, for the error when it is missing
 */
public record Recipe(String dockerfile, List<ContextFile> files, Optional<String> base, String requirement) {
  public Recipe {
    files = List.copyOf(files);
  }
}
