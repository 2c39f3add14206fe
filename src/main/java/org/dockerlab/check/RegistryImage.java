package org.dockerlab.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.evidence.Identity;

/**
 * What an image in a registry is, read from the registry itself: its manifest's digest, its configuration's
 * digest and its layers' diff IDs (from the configuration blob). A manifest list or OCI index is followed to
 * the linux/amd64 (or else the first) image manifest.
 */
record RegistryImage(String manifestDigest, String configDigest, List<String> diffIds) {
  static final String IMAGE_MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json";

  RegistryImage {
    diffIds = diffIds == null ? List.of() : List.copyOf(diffIds);
  }

  /** As an identity comparable with an engine's image (whose classic ID is the configuration digest). */
  Identity identity() {
    return new Identity(manifestDigest, configDigest, diffIds);
  }

  String shortConfig() {
    return ImageCheck.shortId(configDigest);
  }

  /** The registry's answer could not be read as an image. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * Reads the image behind a manifest already fetched ({@code body}, with its digest) from
   * {@code http://host/v2/repository/...}.
   */
  static RegistryImage read(String host, String repository, String digest, String body, Path dockerConfig)
      throws LocalHttp.NoAnswer, LocalHttp.BadConfig, Unreadable {
    JsonNode manifest = parse(body, "the manifest");
    String manifestDigest = digest;
    if (manifest.has("manifests")) {
      String chosen = choose(manifest.path("manifests"));
      if (chosen == null) {
        throw new Unreadable("the manifest list names no image");
      }
      LocalHttp.Reply one = LocalHttp.get(uri(host, "/v2/" + repository + "/manifests/" + chosen), IMAGE_MANIFEST_TYPES, dockerConfig, host);
      if (one.status() != 200) {
        throw new Unreadable("the registry answered " + one.status() + " for the image manifest " + chosen);
      }
      manifest = parse(one.body(), "the image manifest");
      manifestDigest = chosen;
    }
    String config = manifest.path("config").path("digest").asText(null);
    if (config == null) {
      throw new Unreadable("the manifest names no configuration (schema " + manifest.path("schemaVersion").asText("?") + ")");
    }
    LocalHttp.Reply blob = LocalHttp.get(uri(host, "/v2/" + repository + "/blobs/" + config), null, dockerConfig, host);
    if (blob.status() != 200) {
      throw new Unreadable("the registry answered " + blob.status() + " for the configuration blob " + config);
    }
    List<String> diffIds = new ArrayList<>();
    parse(blob.body(), "the configuration").path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
    return new RegistryImage(manifestDigest, config, diffIds);
  }

  private static String choose(JsonNode manifests) {
    String first = null;
    for (JsonNode m : manifests) {
      JsonNode platform = m.path("platform");
      String os = platform.path("os").asText("");
      if ("unknown".equals(os)) {
        continue; // buildkit's attestation manifests
      }
      if (first == null) {
        first = m.path("digest").asText(null);
      }
      if ("linux".equals(os) && "amd64".equals(platform.path("architecture").asText(""))) {
        return m.path("digest").asText(null);
      }
    }
    return first;
  }

  private static JsonNode parse(String body, String what) throws Unreadable {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw new Unreadable(what + " is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Unreadable(what + " is not JSON: " + e.getOriginalMessage());
    }
  }

  private static URI uri(String host, String path) {
    return URI.create("http://" + host + path);
  }
}
