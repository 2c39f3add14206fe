package org.dockerlab.setup;

/** {@code remove-image}: untags an image the lab may own: a lab image, or a tag in a local registry. */
public record RemoveImage(String image) implements SetupAction {
  public RemoveImage {
    if (!Fields.imageRef("image", image).inLocalRegistry() && !Fields.labImageNames().contains(image)) {
      throw new IllegalArgumentException(
          "image: a lesson may only remove lab images or tags in a local registry (localhost:5000/...), not '" + image + "'");
    }
  }

  @Override
  public void apply(SetupContext ctx) {
    if (ctx.engine().inspectImage(image).isEmpty()) {
      ctx.report().accept(image + ": not present, nothing to remove");
      return;
    }
    ctx.engine().removeImage(image, true);
    ctx.report().accept(image + ": removed");
  }
}
