package org.dockerlab.setup;

import java.util.List;
import org.dockerlab.docker.ImageRef;

/**
 * {@code remove-image}: removes the names the lab made under a lab image's name or a local registry's
 * ({@code localhost:5000/myapp}: every tag and digest of the repository the lab made, under {@code localhost} and
 * {@code 127.0.0.1} alike; with a tag, that tag),
 * then the untagged images the lab left. Names the lab did not make are kept, and said so.
 */
public record RemoveImage(String image) implements SetupAction {
  public RemoveImage {
    if (!Fields.imageRef("image", image).inLocalRegistry() && !Fields.labImageNames().contains(image)) {
      throw new IllegalArgumentException(
          "image: a lesson may only remove lab images or tags in a local registry (localhost:5000/...), not '" + image + "'");
    }
  }

  @Override
  public void apply(SetupContext ctx) {
    if (Fields.labImageNames().contains(image)) {
      removeLabImage(ctx);
      return;
    }
    Leftovers leftovers = new Leftovers(ctx);
    leftovers.removeNames(ImageRef.parse(image));
    leftovers.sweep();
  }

  /** A lab image is the lab's whoever tagged it: it is put back by ensure-image. */
  private void removeLabImage(SetupContext ctx) {
    if (ctx.engine().inspectImage(image).isEmpty()) {
      ctx.report().accept(image + ": not present, nothing to remove");
      return;
    }
    ctx.engine().removeImage(image, true);
    ctx.report().accept(image + ": removed");
  }

  @Override
  public List<String> names() {
    return ImageRef.parse(image).loopbackSpellings().stream().map(ImageRef::repository).distinct().toList();
  }
}
