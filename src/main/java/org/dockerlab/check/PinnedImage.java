package org.dockerlab.check;

import java.util.Optional;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.evidence.Identity;

/**
 * The image a check's {@code same-as} names: as it was when the attempt began (pinned), or, outside an
 * attempt or when nothing was pinned, as the engine has it now.
 *
 * @param reference as written in the lesson ({@code myapp:latest})
 * @param pinned whether the identity comes from the attempt's start (it then survives rmi, re-tagging, a reload)
 */
record PinnedImage(String reference, Identity identity, boolean pinned) {

  static Optional<PinnedImage> resolve(CheckContext ctx, String reference) {
    Optional<Identity> pin = ctx.evidence().pinned(reference);
    if (pin.isPresent()) {
      return Optional.of(new PinnedImage(reference, pin.get(), true));
    }
    return ctx.engine().inspectImage(reference).map(i -> new PinnedImage(reference, identityOf(i), false));
  }

  /** An engine image's identity: on the classic store its ID is its configuration's digest. */
  static Identity identityOf(ImageDetails image) {
    String id = image.id();
    return new Identity(id, id != null && image.repoDigests() != null ? id : null, image.diffIds());
  }

  /**
   * A name or ID that {@code docker tag} can take this image by, as the engine has it now: the reference while
   * it still names this image, else the image's short ID while the engine still holds it (under another name
   * or none); empty when the engine no longer has it at all.
   */
  Optional<String> source(CheckContext ctx) {
    if (ctx.engine().inspectImage(reference).map(PinnedImage::identityOf).filter(identity::sameImageAs).isPresent()) {
      return Optional.of(reference);
    }
    String id = identity.imageId() != null ? identity.imageId() : identity.configDigest();
    if (id != null && ctx.engine().inspectImage(id).map(PinnedImage::identityOf).filter(identity::sameImageAs).isPresent()) {
      return Optional.of(identity.shortId());
    }
    return Optional.empty();
  }

  /** "myapp:latest (068862f815b3)", saying when pinned that it is the image as the lesson began. */
  String describe() {
    return reference + " (" + identity.shortId() + (pinned ? ", as it was when the lesson began" : "") + ")";
  }

  /** What to say when the image {@code same-as} names is not known at all. */
  static CheckResult unknown(String reference) {
    return CheckResult.failed(
        "there is no image " + reference + " to compare with, and none was there when the lesson began: docker images lists what is there",
        "the image " + reference,
        "no image " + reference);
  }
}
