package org.dockerlab.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Small image archives in the layouts docker save writes, built in memory for tests (of archive and check). */
public final class ArchiveFixtures {
  public static final byte[] LAYER = layer();
  /** The layer is an uncompressed tar in both layouts, so its digest is its diff ID. */
  public static final String LAYER_HEX = sha(LAYER);
  public static final String CONFIG_JSON =
      "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + LAYER_HEX + "\"]}}";
  public static final String CONFIG_HEX = sha(CONFIG_JSON.getBytes(StandardCharsets.UTF_8));
  /** xz's signature and a few bytes: enough to be told apart, not to be unpacked (the lab cannot unpack xz). */
  public static final byte[] XZ_HEAD = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0, 0, 4, (byte) 0xe6, (byte) 0xd6, (byte) 0xb4, 0x46, 2, 0, 0x21, 1};
  /** zstd's frame magic and a few bytes, likewise. */
  public static final byte[] ZSTD_HEAD = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x24, 0x05, 0x29, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  private ArchiveFixtures() {}

  /** As docker 20.10 writes it: layer directories, the config, then manifest.json and repositories. */
  public static Map<String, byte[]> legacy(String... tags) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(LAYER_HEX + "/layer.tar", LAYER);
    entries.put(LAYER_HEX + "/VERSION", "1.0".getBytes(StandardCharsets.UTF_8));
    entries.put(CONFIG_HEX + ".json", CONFIG_JSON.getBytes(StandardCharsets.UTF_8));
    entries.put("manifest.json", utf8("[{\"Config\":\"" + CONFIG_HEX + ".json\",\"RepoTags\":" + jsonList(tags) + ",\"Layers\":[\"" + LAYER_HEX + "/layer.tar\"]}]"));
    entries.put("repositories", utf8("{}"));
    return entries;
  }

  /** As containerd-backed engines write it: blobs and index.json only, tags in annotations. */
  public static Map<String, byte[]> ociOnly(String imageName) {
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
            + CONFIG_HEX + "\",\"size\":1},\"layers\":[{\"digest\":\"sha256:" + LAYER_HEX + "\",\"size\":1},{\"digest\":\"sha256:" + LAYER_HEX + "\",\"size\":1}]}";
    String manifestHex = sha(utf8(manifest));
    String wrapper =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:"
            + manifestHex + "\",\"size\":1}]}";
    String wrapperHex = sha(utf8(wrapper));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("blobs/sha256/" + LAYER_HEX, LAYER);
    entries.put("blobs/sha256/" + CONFIG_HEX, utf8(CONFIG_JSON));
    entries.put("blobs/sha256/" + manifestHex, utf8(manifest));
    entries.put("blobs/sha256/" + wrapperHex, utf8(wrapper));
    entries.put(
        "index.json",
        utf8("{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"digest\":\"sha256:" + wrapperHex
            + "\",\"size\":1,\"annotations\":{\"io.containerd.image.name\":\"" + imageName + "\",\"org.opencontainers.image.ref.name\":\"latest\"}}]}"));
    entries.put("oci-layout", utf8("{\"imageLayoutVersion\":\"1.0.0\"}"));
    return entries;
  }

  /** A tar of one text file. */
  public static byte[] tar(String name, String content) throws IOException {
    return tar(Map.of(name, utf8(content)));
  }

  public static byte[] tar(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  public static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(bytes)) {
      bz.write(data);
    }
    return bytes.toByteArray();
  }

  public static Path write(Path dir, String name, byte[] data) throws IOException {
    return Files.write(dir.resolve(name), data);
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String jsonList(String... items) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < items.length; i++) {
      s.append(i == 0 ? "" : ",").append('"').append(items[i]).append('"');
    }
    return s.append(']').toString();
  }

  private static byte[] layer() {
    byte[] data = new byte[200_000];
    new Random(42).nextBytes(data);
    return data;
  }

  public static String sha(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
