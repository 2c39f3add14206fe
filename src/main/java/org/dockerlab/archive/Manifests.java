package org.dockerlab.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.archive.ArchiveContents.Layout;

/**
 * What the JSON of a docker archive says: the legacy layout's {@code manifest.json}, or the OCI layout's
 * {@code index.json} followed through the manifests among the blobs; each image's config gives its diff IDs.
 */
final class Manifests {
  private static final Pattern LEGACY_CONFIG = Pattern.compile("(?:blobs/sha256/)?([0-9a-f]{64})(?:\\.json)?");
  private static final Set<String> INDEX_TYPES =
      Set.of("application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json");

  private Manifests() {}

  /**
   * @param blobs the small JSON entries by digest ({@code sha256:<hex>}): configs, manifests, indexes
   */
  static ArchiveContents legacy(Compression compression, JsonNode manifest, Map<String, JsonNode> blobs) throws InvalidArchiveException {
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw new InvalidArchiveException("is not a complete docker archive: its manifest.json lists no image");
    }
    List<ArchivedImage> images = new ArrayList<>();
    for (JsonNode item : manifest) {
      Matcher config = LEGACY_CONFIG.matcher(item.path("Config").asText(""));
      if (!config.matches() || !item.path("Layers").isArray()) {
        throw new InvalidArchiveException("is not a complete docker archive: its manifest.json has an entry without Config or Layers");
      }
      List<String> tags = new ArrayList<>();
      item.path("RepoTags").forEach(t -> tags.add(t.asText()));
      String digest = "sha256:" + config.group(1);
      images.add(new ArchivedImage(tags, digest, item.path("Layers").size(), diffIds(blobs.get(digest))));
    }
    return new ArchiveContents(compression, Layout.LEGACY, images);
  }

  static ArchiveContents oci(Compression compression, JsonNode index, Map<String, JsonNode> blobs) throws InvalidArchiveException {
    List<ArchivedImage> images = new ArrayList<>();
    for (JsonNode descriptor : index.path("manifests")) {
      List<String> tags = new ArrayList<>();
      String name = descriptor.path("annotations").path("io.containerd.image.name").asText("");
      String ref = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText("");
      if (!name.isEmpty()) {
        tags.add(name);
      } else if (ref.contains(":") || ref.contains("/")) {
        tags.add(ref); // a bare "latest" is a tag without its repository: no name to compare
      }
      JsonNode manifest = resolve(descriptor, blobs, 0);
      String digest = manifest.path("config").path("digest").asText();
      images.add(new ArchivedImage(tags, digest, manifest.path("layers").size(), diffIds(blobs.get(digest))));
    }
    if (images.isEmpty()) {
      throw new InvalidArchiveException("is not a complete docker archive: its index.json lists no image");
    }
    return new ArchiveContents(compression, Layout.OCI, images);
  }

  /** Follows an index (multi-platform image) down to the first image manifest that is not an attestation. */
  private static JsonNode resolve(JsonNode descriptor, Map<String, JsonNode> blobs, int depth) throws InvalidArchiveException {
    String digest = descriptor.path("digest").asText("");
    JsonNode blob = blobs.get(digest);
    if (blob == null || depth > 3) {
      throw new InvalidArchiveException("is not a complete docker archive: the manifest " + digest + " named in index.json is missing");
    }
    String type = blob.path("mediaType").asText(descriptor.path("mediaType").asText(""));
    if (!INDEX_TYPES.contains(type) && !blob.has("manifests")) {
      return blob;
    }
    for (JsonNode child : blob.path("manifests")) {
      if (!"attestation-manifest".equals(child.path("annotations").path("vnd.docker.reference.type").asText())
          && blobs.containsKey(child.path("digest").asText())) {
        return resolve(child, blobs, depth + 1);
      }
    }
    throw new InvalidArchiveException("is not a complete docker archive: the image index " + digest + " has no manifest in the archive");
  }

  /** The config's {@code rootfs.diff_ids}; none when the config is not in the archive. */
  private static List<String> diffIds(JsonNode config) {
    List<String> ids = new ArrayList<>();
    if (config != null) {
      config.path("rootfs").path("diff_ids").forEach(id -> ids.add(id.asText()));
    }
    return ids;
  }
}
