package org.dockerlab.setup;

import java.util.List;
import org.dockerlab.docker.ImageRef;

/**
 * {@code remove-image}: removes the names the lab made under a lab image's name or a local registry's
 * ({@code localhost:5000/myapp}: every tag and digest of the repository the lab made, under {@code localhost} and
 * {@code 127.0.0.1} alike; with a tag, that tag),
 * then the untagged images the lab left. Names the lab did not make are kept, and said so. Another name
 * ({@code myapp:1.1}, built in a lesson) must name one tag: it goes when the lab made it during a lesson.
 */
public record RemoveImage(String image) implements SetupAction {
  public RemoveImage {
    ImageRef ref = Fields.imageRef("image", image);
    if (!ref.inLocalRegistry() && !Fields.labImageNames().contains(image) && ref.tag() == null) {
      throw new IllegalArgumentException("image: outside a local registry, name one tag, like myapp:1.1 (the lab removes that"
          + " name only if it made it), not '" + image + "'");
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
