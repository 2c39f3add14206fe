package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code type: registry}: a local registry holds a repository and tag, optionally the very image the engine has.
 *
 * <pre>
 * - type: registry
 *   host: localhost:5000
 *   repository: myapp
 *   tag: latest                 # default latest
 *   present: true               # default true
 *   matchesLocalImage: myapp    # optional: the pushed manifest is this local image's
 * </pre>
 */
public record RegistryCheck(
    @JsonProperty(value = "host", required = true) String host,
    @JsonProperty(value = "repository", required = true) String repository,
    @JsonProperty("tag") String tag,
    @JsonProperty("present") Boolean present,
    @JsonProperty("matchesLocalImage") String matchesLocalImage) implements Check {
  static final String MANIFEST_TYPES =
      String.join(
          ", ",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");
  private static final ObjectMapper JSON = new ObjectMapper();

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
  }

  @Override
  public String describe() {
    String where = host + "/" + repository + ":" + tag;
    if (!present) {
      return "the registry on " + host + " has no " + where;
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
        return CheckResult.failed(
            host + " has no repository " + repository + " (found: " + found + "): tag and push it: docker tag IMAGE " + image + " && docker push " + image,
            repository,
            found);
      }
      manifest = get(ctx, "/v2/" + repository + "/manifests/" + tag, MANIFEST_TYPES);
    } catch (LocalHttp.NoAnswer e) {
      return CheckResult.failed(
          "nothing answers on " + host + " (" + e.getMessage() + "): is the registry container running? docker ps", "a registry on " + host, e.getMessage());
    } catch (LocalHttp.BadConfig e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    }
    Optional<CheckResult> refused = refused(manifest, "the manifest of " + image);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (manifest.status() == 404) {
      return present
          ? CheckResult.failed(host + "/" + repository + " has no tag " + tag + ": push it: docker push " + image, image, "no tag " + tag)
          : CheckResult.passed(host + " has no " + image, Map.of());
    }
    if (manifest.status() != 200) {
      return CheckResult.failed(host + " answered " + manifest.status() + " for the manifest of " + image + ": " + HttpCheck.excerpt(manifest.body()), "200", Integer.toString(manifest.status()));
    }
    String digest = manifest.header("Docker-Content-Digest").orElseGet(() -> sha256(manifest.body()));
    if (!present) {
      return CheckResult.failed(image + " is still in the registry", "no " + image, digest);
    }
    if (matchesLocalImage != null) {
      return compareWithLocal(ctx, image, digest);
    }
    return CheckResult.passed(host + " holds " + image + " (" + digest + ")", Map.of("manifestDigest", digest));
  }

  private CheckResult compareWithLocal(CheckContext ctx, String image, String digest) {
    Optional<ImageDetails> local = ctx.engine().inspectImage(matchesLocalImage);
    if (local.isEmpty()) {
      return CheckResult.failed("there is no local image " + matchesLocalImage + " to compare with: docker images lists what is there", "image " + matchesLocalImage, "no such image");
    }
    String prefix = host + "/" + repository + "@";
    List<String> digests = local.get().repoDigests().stream().filter(d -> d.startsWith(prefix)).map(d -> d.substring(prefix.length())).toList();
    if (!digests.contains(digest)) {
      String found = digests.isEmpty() ? "never pushed to " + host : String.join(", ", digests);
      return CheckResult.failed(
          image + " in the registry (" + digest + ") is not the local " + matchesLocalImage + " (" + found + "): tag and push it: docker tag " + matchesLocalImage + " " + image + " && docker push " + image,
          digest,
          found);
    }
    return CheckResult.passed(image + " is the local " + matchesLocalImage + " (" + digest + ")", Map.of("manifestDigest", digest));
  }

  private LocalHttp.Reply get(CheckContext ctx, String path, String accept) throws LocalHttp.NoAnswer, LocalHttp.BadConfig {
    return LocalHttp.get(URI.create("http://" + host + path), accept, ctx.dockerConfig(), host);
  }

  private Optional<CheckResult> refused(LocalHttp.Reply reply, String what) {
    if (reply.status() == 401) {
      return Optional.of(
          reply.sentCredentials()
              ? CheckResult.failed(host + " refused the login of " + reply.user() + " stored in config.json: log in again: docker login " + host, "a valid login", "refused")
              : CheckResult.failed(host + " needs a login to show " + what + ": docker login " + host, "a login for " + host, "no login"));
    }
    if (reply.status() != 200 && reply.status() != 404) {
      return Optional.of(CheckResult.failed(host + " answered " + reply.status() + " for " + what + ": is it a registry? " + HttpCheck.excerpt(reply.body()), "200", Integer.toString(reply.status())));
    }
    return Optional.empty();
  }

  private static List<String> repositories(String body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode root = JSON.readTree(body);
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
