package org.dockerlab.setup;

import java.util.List;

/** {@code ensure-image}: the lab image is in the engine (present, pulled, or built offline). */
public record EnsureImage(String image) implements SetupAction {
  public EnsureImage {
    Fields.labImage("image", image);
  }

  @Override
  public void apply(SetupContext ctx) {
    ctx.ensureImage(image);
  }

  @Override
  public List<String> images() {
    return List.of(image);
  }
}
