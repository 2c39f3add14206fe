package org.dockerlab.setup;

import java.time.Duration;
import java.util.List;
import org.dockerlab.docker.ImageRef;

/** {@code push-image}: a lab image tagged into a local registry and pushed there (the tag stays). */
public record PushImage(String image, String to) implements SetupAction {
  private static final Duration PUSH_TIMEOUT = Duration.ofMinutes(2);

  public PushImage {
    Fields.labImage("image", image);
    if (!Fields.imageRef("to", to).inLocalRegistry()) {
      throw new IllegalArgumentException("to: must name a local registry, like localhost:5000/myapp, not '" + to + "'");
    }
  }

  @Override
  public void apply(SetupContext ctx) {
    ctx.ensureImage(image);
    ctx.engine().tag(image, to);
    ctx.engine().push(to, null, PUSH_TIMEOUT);
    ctx.made().named(to, ctx.engine());
    ctx.report().accept(image + ": pushed as " + to);
  }

  @Override
  public List<String> images() {
    return List.of(image);
  }

  @Override
  public List<String> names() {
    return List.of(ImageRef.parse(to).repository());
  }
}
