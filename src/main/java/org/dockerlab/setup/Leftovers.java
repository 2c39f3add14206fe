package org.dockerlab.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.docker.ImageSummary;

/**
 * Removes the image names and untagged images the lab left, and only those: a name counts when
 * {@link LabMade} recorded it; an untagged image when the lab provisioned it (a lab image whose name moved)
 * or named it, and no container uses it. The stand-in label does not count: images built {@code FROM} a
 * stand-in inherit it. Everything else is kept, and a name in the lesson's way that the lab did not make is
 * said so, with the command that removes it.
 */
final class Leftovers {
  private static final String NONE = "<none>";

  private final SetupContext ctx;

  Leftovers(SetupContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Removes the names the lab made under {@code ref}, under each spelling of its registry ({@code localhost:5000}
   * and {@code 127.0.0.1:5000} are one registry: a learner may push to either): that tag when it has one; every
   * tag and digest of the repository when it has none (a lesson's {@code localhost:5000/myapp} stands for all
   * the learner pushed or pulled there). Reports what it removed and what it kept.
   */
  void removeNames(ImageRef ref) {
    boolean wholeRepository = ref.tag() == null && ref.digest() == null;
    List<ImageRef> spellings = ref.loopbackSpellings();
    List<String> made = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (ImageSummary image : ctx.engine().images(false, Map.of())) {
      for (String name : tags(image).toList()) {
        if (spellings.stream().anyMatch(r -> wholeRepository ? repositoryOf(name).equals(r.repository()) : name.equals(r.withDefaultTag()))) {
          (ctx.made().madeName(name) ? made : kept).add(name);
        }
      }
      for (String digest : digests(image).toList()) {
        if (wholeRepository && spellings.stream().anyMatch(r -> digest.startsWith(r.repository() + "@")) && ctx.made().madeName(digest)) {
          made.add(digest); // a digest the learner made here (push, pull by digest); someone else's stay unsaid
        }
      }
    }
    if (made.isEmpty() && kept.isEmpty()) {
      ctx.report().accept(ref + ": not present, nothing to remove");
    }
    made.forEach(this::untag);
    ctx.made().forget(made);
    for (String name : kept) {
      ctx.report().accept(name + ": kept, the lab did not make this name (docker rmi " + name + " removes it)");
    }
  }

  /**
   * Removes untagged images the lab left: its digests on images with no tag, then each image with no name
   * left that the lab made or named, unless a container uses it (it goes with a later cleanup, once the
   * container is gone). An image someone else's container uses, or that carries someone else's digest, stays.
   */
  void sweep() {
    for (ImageSummary image : ctx.engine().images(false, Map.of())) {
      if (tags(image).findAny().isPresent()) {
        continue;
      }
      List<String> digests = digests(image).toList();
      List<String> ours = digests.stream().filter(ctx.made()::madeName).toList();
      boolean othersNames = digests.size() > ours.size();
      boolean labImage = ctx.made().madeImage(image.id());
      if (ours.isEmpty() && !labImage) {
        continue;
      }
      if (!ctx.engine().containers(true, Map.of("ancestor", List.of(image.id()))).isEmpty()) {
        continue; // a container uses it: it goes with a later cleanup, once the container is gone
      }
      ours.forEach(this::untag);
      ctx.made().forget(ours);
      if (othersNames || !labImage) {
        continue;
      }
      if (ctx.engine().inspectImage(image.id()).isPresent()) {
        remove(image);
      } else {
        ctx.report().accept(describe(image) + ": removed"); // it went with its last name
      }
    }
  }

  /**
   * What the lab left that {@link #sweep} would remove once nothing uses it: its names on untagged images, and
   * untagged images it made, that no container uses. Empty when a cleanup cleaned.
   */
  List<String> remaining() {
    List<String> left = new ArrayList<>();
    for (ImageSummary image : ctx.engine().images(false, Map.of())) {
      if (tags(image).findAny().isPresent()) {
        continue;
      }
      List<String> digests = digests(image).toList();
      List<String> ours = digests.stream().filter(ctx.made()::madeName).toList();
      boolean labImage = digests.size() == ours.size() && ctx.made().madeImage(image.id());
      if ((!ours.isEmpty() || labImage) && ctx.engine().containers(true, Map.of("ancestor", List.of(image.id()))).isEmpty()) {
        left.add(describe(image));
      }
    }
    return left;
  }

  private void untag(String name) {
    try {
      ctx.engine().removeImage(name, false, false);
      ctx.report().accept(name + ": removed");
    } catch (EngineError e) {
      if (e.httpStatus() == 404) {
        ctx.report().accept(name + ": removed"); // it went with a tag of its repository removed before it
      } else if (e.httpStatus() == 409) {
        ctx.engine().removeImage(name, true, false); // a stopped container uses it: the name goes, the image stays for it
        ctx.report().accept(name + ": removed (the image stays for a container that uses it)");
      } else {
        throw e;
      }
    }
  }

  private void remove(ImageSummary image) {
    try {
      ctx.engine().removeImage(image.id(), false, false);
      ctx.report().accept(describe(image) + ": removed");
    } catch (EngineError e) {
      if (e.httpStatus() != 404 && e.httpStatus() != 409) {
        throw e;
      }
      if (e.httpStatus() == 409) {
        ctx.report().accept(describe(image) + ": kept (" + e.getMessage().lines().findFirst().orElse("in use") + ")");
      }
    }
  }

  private static String describe(ImageSummary image) {
    String shortId = image.id().replaceFirst("^sha256:", "");
    return "untagged image " + shortId.substring(0, Math.min(12, shortId.length()))
        + digests(image).findFirst().map(d -> " (" + repositoryOf(d) + ")").orElse("");
  }

  /** The image's tags, without the engine's {@code <none>:<none>} placeholder. */
  private static Stream<String> tags(ImageSummary image) {
    return image.repoTags().stream().filter(t -> !t.startsWith(NONE));
  }

  /** The image's digests, without the engine's {@code <none>@<none>} placeholder (an untagged image's). */
  private static Stream<String> digests(ImageSummary image) {
    return image.repoDigests().stream().filter(d -> !d.startsWith(NONE));
  }

  /** {@code localhost:5000/myapp} of {@code localhost:5000/myapp:v2} or {@code localhost:5000/myapp@sha256:...}. */
  static String repositoryOf(String name) {
    return LabMade.parse(name).map(ImageRef::repository).orElse(name);
  }
}
