package org.dockerlab.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * What a {@code docker save} archive holds, read from its small JSON entries while streaming past the layers:
 * the legacy layout ({@code manifest.json}, {@code repositories}) and the OCI layout ({@code index.json},
 * {@code oci-layout}, manifests among the blobs). Layers are skipped, never decompressed into memory.
 *
 * @param tags every tag in the archive, normalised ({@code busybox} = {@code busybox:latest})
 */
record ArchiveManifest(Compression compression, List<String> tags, List<Image> images) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Manifests and configs are a few KiB; anything bigger among the blobs is a layer. */
  private static final long SMALL_ENTRY = 1 << 20;
  private static final long KEPT_TOTAL = 8L << 20;
  private static final Pattern BLOB = Pattern.compile("blobs/sha256/([0-9a-f]{64})");
  private static final Pattern LEGACY_CONFIG = Pattern.compile("(?:blobs/sha256/)?([0-9a-f]{64})(?:\\.json)?");
  private static final Set<String> INDEX_TYPES =
      Set.of("application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json");

  /** How the file is compressed, sniffed from its first bytes. */
  enum Compression {
    NONE,
    GZIP,
    BZIP2
  }

  /** One image of the archive. */
  record Image(List<String> tags, int layers, String configDigest) {}

  /** The file is not a (complete) docker image archive; the message completes "busybox.tar ...". */
  static final class Invalid extends Exception {
    Invalid(String problem) {
      super(problem);
    }
  }

  ArchiveManifest {
    tags = List.copyOf(tags);
    images = List.copyOf(images);
  }

  /** The image tagged with the (normalised) name, or the only image of an archive saved by ID. */
  Optional<Image> image(String name) {
    String wanted = ImageNames.normalise(name);
    for (Image image : images) {
      if (image.tags().contains(wanted)) {
        return Optional.of(image);
      }
    }
    return images.size() == 1 && images.get(0).tags().isEmpty() ? Optional.of(images.get(0)) : Optional.empty();
  }

  static ArchiveManifest read(Path file) throws IOException, Invalid {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Compression compression = sniff(raw);
      if (compression == Compression.NONE) {
        Optional<ArchiveManifest> quick = seeking(file);
        if (quick.isPresent()) {
          return quick.get();
        }
      }
      try (InputStream data = decompressed(raw, compression)) {
        return readTar(compression, streamed(new TarArchiveInputStream(data), data));
      } catch (IOException | RuntimeException e) {
        // past opening the file, a failure is damage (commons-compress reports some with unchecked exceptions)
        throw damaged(e);
      }
    }
  }

  /**
   * An uncompressed archive read like {@code tar -tf} does: from header to header, seeking over the layers
   * (a stream would read them: 100 ms for 300 MB, against 3 ms). Empty when anything is odd: the
   * streaming read then says what is wrong, in its own words.
   */
  private static Optional<ArchiveManifest> seeking(Path file) {
    try (TarFile tar = new TarFile(file)) {
      Iterator<TarArchiveEntry> all = tar.getEntries().iterator();
      TarArchiveEntry[] current = new TarArchiveEntry[1];
      Entries entries =
          new Entries() {
            @Override
            public TarArchiveEntry next() {
              current[0] = all.hasNext() ? all.next() : null;
              return current[0];
            }

            @Override
            public InputStream content() throws IOException {
              return tar.getInputStream(current[0]);
            }
          };
      return Optional.of(readTar(Compression.NONE, entries));
    } catch (IOException | Invalid | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The entries of a tar one after the other, and the content of the current one. */
  private interface Entries {
    TarArchiveEntry next() throws IOException, Invalid;

    InputStream content() throws IOException;

    /** Reads what is left, where that matters (a compressed stream's checksum is at its end). */
    default void finish() throws Invalid {}
  }

  private static Entries streamed(TarArchiveInputStream tar, InputStream data) {
    return new Entries() {
      @Override
      public void finish() throws Invalid {
        drain(data);
      }

      private boolean any;

      @Override
      public TarArchiveEntry next() throws Invalid {
        TarArchiveEntry entry = ArchiveManifest.next(tar, any);
        any |= entry != null;
        return entry;
      }

      @Override
      public InputStream content() {
        return tar;
      }
    };
  }

  private static Compression sniff(InputStream in) throws IOException {
    in.mark(3);
    byte[] magic = in.readNBytes(3);
    in.reset();
    if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      return Compression.GZIP;
    }
    if (magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
      return Compression.BZIP2;
    }
    return Compression.NONE;
  }

  private static InputStream decompressed(InputStream in, Compression compression) throws IOException {
    return switch (compression) {
      case GZIP -> new GzipCompressorInputStream(in, true);
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      case NONE -> in;
    };
  }

  private static ArchiveManifest readTar(Compression compression, Entries tar) throws IOException, Invalid {
    JsonNode index = null;
    boolean any = false;
    Map<String, JsonNode> blobs = new HashMap<>();
    long kept = 0;
    TarArchiveEntry entry;
    while ((entry = tar.next()) != null) {
      any = true;
      String name = entry.getName().replaceFirst("^\\./", "");
      if (name.equals("manifest.json")) {
        // the legacy manifest has all we need and comes after the layers: the rest is a few small files,
        // read anyway so that a compressed file's checksum at its very end is verified
        JsonNode manifest = json(tar.content(), "manifest.json");
        tar.finish();
        return legacy(compression, manifest);
      }
      if (name.equals("index.json")) {
        index = json(tar.content(), "index.json");
        continue;
      }
      Matcher blob = BLOB.matcher(name);
      if (blob.matches() && entry.isFile() && entry.getSize() <= SMALL_ENTRY && kept + entry.getSize() <= KEPT_TOTAL) {
        byte[] content = tar.content().readNBytes((int) entry.getSize());
        if (content.length > 0 && content[0] == '{') {
          kept += content.length;
          try {
            blobs.put("sha256:" + blob.group(1), JSON.readTree(content));
          } catch (JsonProcessingException notJson) {
            // a tiny layer that happens to start with '{': not a manifest
          }
        }
      }
    }
    if (index != null) {
      return oci(compression, index, blobs);
    }
    throw new Invalid(
        any ? "is not a complete docker archive: it has no manifest.json or index.json, which docker save writes last" : "is not a docker image archive: it is empty or not a tar file");
  }

  private static void drain(InputStream in) throws Invalid {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw damaged(e);
    }
  }

  private static TarArchiveEntry next(TarArchiveInputStream tar, boolean any) throws Invalid {
    try {
      return tar.getNextEntry();
    } catch (IOException e) {
      Invalid damage = damaged(e);
      throw any || damage.getMessage().contains("too early") ? damage : new Invalid("is not a docker archive: it is not a tar file");
    }
  }

  private static Invalid damaged(Exception e) {
    if (e instanceof EOFException || message(e).toLowerCase(Locale.ROOT).contains("truncated")) {
      return new Invalid("is not a complete docker archive: it ends too early (was it written completely?)");
    }
    return new Invalid("is not a complete docker archive: " + message(e));
  }

  private static JsonNode json(InputStream tar, String name) throws IOException, Invalid {
    byte[] content = tar.readNBytes((int) SMALL_ENTRY);
    try {
      return JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new Invalid("is not a complete docker archive: its " + name + " is not valid JSON");
    }
  }

  private static ArchiveManifest legacy(Compression compression, JsonNode manifest) throws Invalid {
    if (manifest == null || !manifest.isArray() || manifest.isEmpty()) {
      throw new Invalid("is not a complete docker archive: its manifest.json lists no image");
    }
    List<Image> images = new ArrayList<>();
    for (JsonNode item : manifest) {
      Matcher config = LEGACY_CONFIG.matcher(item.path("Config").asText(""));
      if (!config.matches() || !item.path("Layers").isArray()) {
        throw new Invalid("is not a complete docker archive: its manifest.json has an entry without Config or Layers");
      }
      List<String> tags = new ArrayList<>();
      item.path("RepoTags").forEach(t -> tags.add(ImageNames.normalise(t.asText())));
      images.add(new Image(List.copyOf(tags), item.path("Layers").size(), "sha256:" + config.group(1)));
    }
    return of(compression, images);
  }

  private static ArchiveManifest oci(Compression compression, JsonNode index, Map<String, JsonNode> blobs) throws Invalid {
    List<Image> images = new ArrayList<>();
    for (JsonNode descriptor : index.path("manifests")) {
      List<String> tags = new ArrayList<>();
      String name = descriptor.path("annotations").path("io.containerd.image.name").asText("");
      String ref = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText("");
      if (!name.isEmpty()) {
        tags.add(ImageNames.normalise(name));
      } else if (ref.contains(":") || ref.contains("/")) {
        tags.add(ImageNames.normalise(ref));
      }
      JsonNode manifest = resolve(descriptor, blobs, 0);
      images.add(new Image(List.copyOf(tags), manifest.path("layers").size(), manifest.path("config").path("digest").asText()));
    }
    if (images.isEmpty()) {
      throw new Invalid("is not a complete docker archive: its index.json lists no image");
    }
    return of(compression, images);
  }

  /** Follows an index (multi-platform image) down to the first image manifest that is not an attestation. */
  private static JsonNode resolve(JsonNode descriptor, Map<String, JsonNode> blobs, int depth) throws Invalid {
    String digest = descriptor.path("digest").asText("");
    JsonNode blob = blobs.get(digest);
    if (blob == null || depth > 3) {
      throw new Invalid("is not a complete docker archive: the manifest " + digest + " named in index.json is missing");
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
    throw new Invalid("is not a complete docker archive: the image index " + digest + " has no manifest in the archive");
  }

  private static ArchiveManifest of(Compression compression, List<Image> images) {
    Set<String> tags = new LinkedHashSet<>();
    images.forEach(i -> tags.addAll(i.tags()));
    return new ArchiveManifest(compression, List.copyOf(tags), images);
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
