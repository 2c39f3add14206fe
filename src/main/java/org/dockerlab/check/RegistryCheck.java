package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.host.LocalHosts;

/**
 * {@code type: registry}: a local registry holds a repository and tag, optionally the very image a step is about.
 *
 * <pre>
 * - type: registry
 *   host: localhost:5000
 *   repository: myapp
 *   tag: latest                 # default latest
 *   present: true               # default true
 *   same-as: myapp:latest       # optional: the pushed image is myapp:latest as it was when the lesson began
 *   matchesLocalImage: myapp    # optional: the pushed image is this local image as it is now
 * </pre>
 *
 * Images are compared by identity (the configuration's digest, the layers' diff IDs) read from the registry's
 * manifest and configuration blob, so the wrong image pushed under the right name fails, and the right one
 * passes whatever has become of its local names since.
 */
public record RegistryCheck(
    @JsonProperty(value = "host", required = true) String host,
    @JsonProperty(value = "repository", required = true) String repository,
    @JsonProperty("tag") String tag,
    @JsonProperty("present") Boolean present,
    @JsonProperty("matchesLocalImage") String matchesLocalImage,
    @JsonProperty("same-as") String sameAs) implements Check {
  static final String MANIFEST_TYPES =
      String.join(
          ", ",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");

  public RegistryCheck {
    host = LocalHosts.requireLocalAddress("host", host);
    if (!ImageRef.isRepositoryPath(repository)) {
      throw new IllegalArgumentException("repository: a repository path inside the registry, like myapp (no host, no tag), not '" + repository + "'");
    }
    tag = tag == null ? "latest" : tag;
    if (!ImageRef.isTag(tag)) {
      throw new IllegalArgumentException("tag: letters, digits, '_', '.' and '-' only, not '" + tag + "'");
    }
    present = present == null || present;
    if (matchesLocalImage != null) {
      matchesLocalImage = ImageNames.require("matchesLocalImage", matchesLocalImage);
      if (!present) {
        throw new IllegalArgumentException("matchesLocalImage: only makes sense with present: true");
      }
    }
    if (sameAs != null) {
      sameAs = ImageNames.require("same-as", sameAs);
      if (!present) {
        throw new IllegalArgumentException("same-as: only makes sense with present: true");
      }
      if (matchesLocalImage != null) {
        throw new IllegalArgumentException("same-as and matchesLocalImage: use one of them");
      }
    }
  }

  /** Without same-as (as lessons written before it bind). */
  public RegistryCheck(String host, String repository, String tag, Boolean present, String matchesLocalImage) {
    this(host, repository, tag, present, matchesLocalImage, null);
  }

  @Override
  public List<String> pins() {
    return sameAs == null ? List.of() : List.of(sameAs);
  }

  @Override
  public String describe() {
    String where = host + "/" + repository + ":" + tag;
    if (!present) {
      return "the registry on " + host + " has no " + where;
    }
    if (sameAs != null) {
      return "the registry on " + host + " holds " + where + ", and it is " + sameAs + " (the same image, not just the same name)";
    }
    return "the registry on " + host + " holds " + where + (matchesLocalImage == null ? "" : ", the same image as the local " + matchesLocalImage);
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    String image = host + "/" + repository + ":" + tag;
    LocalHttp.Reply catalog;
    LocalHttp.Reply manifest;
    try {
      catalog = get(ctx, "/v2/_catalog?n=1000", null);
      Optional<CheckResult> refused = refused(catalog, "/v2/_catalog");
      if (refused.isPresent()) {
        return refused.get();
      }
      List<String> repositories = repositories(catalog.body());
      if (!repositories.contains(repository)) {
        if (!present) {
          return CheckResult.passed(host + " has no repository " + repository, Map.of());
        }
        String found = repositories.isEmpty() ? "no repository" : String.join(", ", repositories);
        return notPushed(ctx, image, host + " has no repository " + repository + " (found: " + found + ")", found);
      }
      manifest = get(ctx, "/v2/" + repository + "/manifests/" + tag, MANIFEST_TYPES);
    } catch (LocalHttp.NoAnswer e) {
      return CheckResult.failed(
              "nothing answers on " + host + " (" + e.getMessage() + "): is the registry container running? docker ps", "a registry on " + host, e.getMessage())
          .withHint("registry-down");
    } catch (LocalHttp.BadConfig e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    }
    Optional<CheckResult> refused = refused(manifest, "the manifest of " + image);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (manifest.status() == 404) {
      return present
          ? notPushed(ctx, image, host + "/" + repository + " has no tag " + tag, "no tag " + tag)
          : CheckResult.passed(host + " has no " + image, Map.of());
    }
    if (manifest.status() != 200) {
      return CheckResult.failed(host + " answered " + manifest.status() + " for the manifest of " + image + ": " + HttpCheck.excerpt(manifest.body()), "200", Integer.toString(manifest.status()));
    }
    String digest = manifest.header("Docker-Content-Digest").orElseGet(() -> sha256(manifest.body()));
    if (!present) {
      return CheckResult.failed(image + " is still in the registry", "no " + image, image + " (" + digest + ")");
    }
    if (sameAs != null || matchesLocalImage != null) {
      return compare(ctx, image, digest, manifest.body());
    }
    return CheckResult.passed(host + " holds " + image + " (" + digest + ")", Map.of("manifestDigest", digest));
  }

  /**
   * The registry lacks the image: say what to run from the state found. The local tag holds the image the
   * step is about (or any image, when the check names none): only the push is missing. The local tag holds
   * another image: point it at the right one, then push. No local tag: tag the right image, then push.
   */
  private CheckResult notPushed(CheckContext ctx, String image, String what, String found) {
    Optional<ImageDetails> local = local(ctx, image);
    String reference = sameAs != null ? sameAs : matchesLocalImage;
    if (reference == null) {
      return local.isPresent()
          ? CheckResult.failed(what + ": the tag " + image + " exists locally, but the registry has no manifest for it: push it: docker push " + image, image, found)
              .withHint("tag-not-pushed")
          : CheckResult.failed(what + ": tag and push it: docker tag IMAGE " + image + " && docker push " + image, image, found).withHint("not-pushed");
    }
    Optional<PinnedImage> want = expected(ctx);
    if (want.isEmpty()) {
      return CheckResult.failed(what + ", and there is no image " + reference + " to push: docker images lists what is there", image, found).withHint("not-pushed");
    }
    if (local.isPresent() && want.get().identity().sameImageAs(PinnedImage.identityOf(local.get()))) {
      return CheckResult.failed(what + ": the tag " + image + " exists locally, but the registry has no manifest for it: push it: docker push " + image, image, found)
          .withHint("tag-not-pushed");
    }
    String fix = retag(ctx, image, want.get());
    if (local.isPresent()) {
      return CheckResult.failed(
              what + ": the local tag " + image + " is another image (" + ImageCheck.shortId(local.get().id()) + ") than " + want.get().describe()
                  + ", so pushing it would push the wrong image: " + fix,
              image,
              found)
          .withHint("wrong-image");
    }
    return CheckResult.failed(what + ": " + fix, image, found).withHint("not-pushed");
  }

  /** The image by the name the registry is checked for, in any of its local spellings. */
  private static Optional<ImageDetails> local(CheckContext ctx, String image) {
    return ImageNames.aliases(image).stream().map(name -> ctx.engine().inspectImage(name)).flatMap(Optional::stream).findFirst();
  }

  /** The image the registry must hold: same-as (pinned), or the local matchesLocalImage as it is now. */
  private Optional<PinnedImage> expected(CheckContext ctx) {
    return sameAs != null
        ? PinnedImage.resolve(ctx, sameAs)
        : ctx.engine().inspectImage(matchesLocalImage).map(i -> new PinnedImage(matchesLocalImage, PinnedImage.identityOf(i), false));
  }

  /**
   * The command that gets the wanted image into the registry under the name when the local name does not hold
   * it: tag it from a name (or ID) that holds it now, then push; when the engine has lost it, say so.
   */
  private static String retag(CheckContext ctx, String image, PinnedImage want) {
    return want.source(ctx)
        .map(source -> "tag and push it: docker tag " + source + " " + image + " && docker push " + image)
        .orElse("the engine no longer has " + want.describe() + " under any name or ID: load or build it again, then docker tag it " + image + " and docker push " + image);
  }

  private CheckResult compare(CheckContext ctx, String image, String digest, String body) {
    String reference = sameAs != null ? sameAs : matchesLocalImage;
    Optional<PinnedImage> expected = expected(ctx);
    if (expected.isEmpty()) {
      return PinnedImage.unknown(reference);
    }
    RegistryImage pushed;
    try {
      pushed = RegistryImage.read(host, repository, digest, body, ctx.dockerConfig());
    } catch (LocalHttp.NoAnswer e) {
      return CheckResult.failed("nothing answers on " + host + " (" + e.getMessage() + ")", "a registry on " + host, e.getMessage()).withHint("registry-down");
    } catch (LocalHttp.BadConfig e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    } catch (RegistryImage.Unreadable e) {
      return CheckResult.failed(host + " holds " + image + ", but the lab cannot tell which image it is: " + e.getMessage(), expected.get().describe(), image + " (" + digest + ")");
    }
    PinnedImage want = expected.get();
    if (!want.identity().sameImageAs(pushed.identity())) {
      return CheckResult.failed(
              image + " in the registry is another image (" + pushed.shortConfig() + ") than " + want.describe()
                  + ": the name is right, the content is not: " + pushFix(ctx, image, want),
              want.describe(),
              image + " = image " + pushed.shortConfig() + " (" + pushed.diffIds().size() + " layers)")
          .withHint("wrong-image");
    }
    return CheckResult.passed(
        image + " is " + want.describe() + " (manifest " + digest + ")",
        Map.of("manifestDigest", digest, "configDigest", pushed.configDigest()));
  }

  /** Where the registry holds another image: push the local tag when it is the right image, else tag the right one first. */
  private static String pushFix(CheckContext ctx, String image, PinnedImage want) {
    boolean localIsRight = local(ctx, image).map(PinnedImage::identityOf).filter(want.identity()::sameImageAs).isPresent();
    return localIsRight ? "push the local tag, which is the right image: docker push " + image : retag(ctx, image, want);
  }

  private LocalHttp.Reply get(CheckContext ctx, String path, String accept) throws LocalHttp.NoAnswer, LocalHttp.BadConfig {
    return LocalHttp.get(URI.create("http://" + host + path), accept, ctx.dockerConfig(), host);
  }

  private Optional<CheckResult> refused(LocalHttp.Reply reply, String what) {
    if (reply.status() == 401) {
      return Optional.of(
          reply.sentCredentials()
              ? CheckResult.failed(host + " refused the login of " + reply.user() + " stored in config.json: log in again: docker login " + host, "a login " + host + " accepts", "401 for the login of " + reply.user())
                  .withHint("login-refused")
              : CheckResult.failed(host + " needs a login to show " + what + ": docker login " + host, "a login for " + host, "401 and no login stored")
                  .withHint("login-needed"));
    }
    if (reply.status() != 200 && reply.status() != 404) {
      return Optional.of(CheckResult.failed(host + " answered " + reply.status() + " for " + what + ": is it a registry? " + HttpCheck.excerpt(reply.body()), "200", Integer.toString(reply.status())));
    }
    return Optional.empty();
  }

  private static List<String> repositories(String body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode root = Json.MAPPER.readTree(body);
      if (root != null) {
        root.path("repositories").forEach(r -> names.add(r.asText()));
      }
    } catch (JsonProcessingException e) {
      // not a registry's answer: an empty catalog says so in the message
    }
    return names;
  }

  private static String sha256(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
