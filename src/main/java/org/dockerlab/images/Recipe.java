package org.dockerlab.images;

import java.util.List;
import java.util.Optional;

/**
 * How to make a lab image offline: the files of its own layer and its settings, on top of a lab base image.
 *
 * @param base the lab image this one is built on, if any (its layers come first)
 * @param requirement what the host must have, in words, for the error when it is missing
 */
public record Recipe(List<ContextFile> files, ImageSettings settings, Optional<String> base, String requirement) {
  public Recipe {
    files = List.copyOf(files);
  }

  /** What {@code docker run} uses from the image: the command, ports and volumes (a Dockerfile's CMD...). */
  public record ImageSettings(List<String> entrypoint, List<String> cmd, List<String> exposedPorts, List<String> volumes) {
    public ImageSettings {
      entrypoint = List.copyOf(entrypoint);
      cmd = List.copyOf(cmd);
      exposedPorts = List.copyOf(exposedPorts);
      volumes = List.copyOf(volumes);
    }

    public static ImageSettings cmd(String... cmd) {
      return new ImageSettings(List.of(), List.of(cmd), List.of(), List.of());
    }
  }
}
