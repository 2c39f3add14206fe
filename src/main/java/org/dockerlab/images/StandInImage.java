package org.dockerlab.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a lab stand-in image as a docker archive ({@code docker save}'s format) for {@code docker load},
 * the way jib writes images: layer tars in a fixed order with fixed times and owners, and a config with a
 * fixed creation time. The same host files give the same bytes, so the same image ID, on every machine and
 * every rebuild (a Dockerfile build stamps each image with the time it was built).
 */
final class StandInImage {
  /** The time every stand-in image and every file in it says it was made. */
  static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<ContextFile> PARENTS_FIRST =
      Comparator.comparing(f -> Arrays.asList(f.path().substring(1).split("/")), StandInImage::compareSegments);

  private StandInImage() {}

  /**
   * @param base the image this one is built on, as the engine has it; null for none
   * @param recipe this image's own layer and settings
   * @param labels its labels, besides {@link LabImages#LABEL_STAND_IN} (added here: its own layer's diff ID)
   * @param archive where to write the docker archive; its layer is made beside it, then removed
   */
  static void write(String reference, BaseImage base, Recipe recipe, Map<String, String> labels, Path archive) throws IOException {
    Path layer = Files.createTempFile(archive.toAbsolutePath().getParent(), "layer-", ".tar");
    try {
      List<Path> layers = new ArrayList<>(base == null ? List.of() : base.layers());
      List<String> diffIds = new ArrayList<>(base == null ? List.of() : base.diffIds());
      layers.add(layer);
      diffIds.add("sha256:" + writeLayer(recipe.files(), layer));
      Map<String, String> all = new LinkedHashMap<>(labels);
      all.put(LabImages.LABEL_STAND_IN, diffIds.get(diffIds.size() - 1)); // see LabImages.isStandIn
      byte[] config = JSON.writeValueAsBytes(config(reference, base, recipe, all, diffIds));
      String configName = sha256(config) + ".json";
      try (OutputStream out = Files.newOutputStream(archive);
          TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
        List<String> layerNames = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
          String name = diffIds.get(i).substring("sha256:".length()) + "/layer.tar";
          layerNames.add(name);
          put(tar, name, Files.size(layers.get(i)), layers.get(i));
        }
        put(tar, configName, config);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("Config", configName);
        manifest.put("RepoTags", List.of(reference));
        manifest.put("Layers", layerNames);
        put(tar, "manifest.json", JSON.writeValueAsBytes(List.of(manifest)));
        tar.finish();
      }
    } finally {
      Files.deleteIfExists(layer);
    }
  }

  /** Writes one layer: files and directories parents first, then hard links (their targets exist by then). */
  static String writeLayer(List<ContextFile> files, Path layer) throws IOException {
    TreeMap<String, ContextFile> entries = new TreeMap<>();
    for (ContextFile f : files) {
      String[] parts = f.path().substring(1).split("/");
      StringBuilder parent = new StringBuilder();
      for (int i = 0; i < parts.length - 1; i++) {
        parent.append('/').append(parts[i]);
        entries.putIfAbsent(parent.toString(), ContextFile.directory(parent.toString(), 0755));
      }
      entries.put(f.path(), f);
    }
    List<ContextFile> ordered = new ArrayList<>(entries.values().stream().filter(f -> f.linkTo() == null).sorted(PARENTS_FIRST).toList());
    ordered.addAll(entries.values().stream().filter(f -> f.linkTo() != null).sorted(PARENTS_FIRST).toList());
    MessageDigest digest = sha256();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(layer), digest);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (ContextFile f : ordered) {
        TarArchiveEntry e;
        if (f.linkTo() != null) {
          e = new TarArchiveEntry(f.entryName(), TarConstants.LF_LINK);
          e.setLinkName(f.linkTo().substring(1));
          e.setMode(0100000 | f.mode());
        } else {
          e = new TarArchiveEntry(f.entryName());
          e.setMode((f.directory() ? 040000 : 0100000) | f.mode());
          e.setSize(f.size());
        }
        fixed(e);
        tar.putArchiveEntry(e);
        if (!f.directory() && f.linkTo() == null) {
          try (InputStream in = f.open()) {
            in.transferTo(tar);
          }
        }
        tar.closeArchiveEntry();
      }
      tar.finish();
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Map<String, Object> config(String reference, BaseImage base, Recipe recipe, Map<String, String> labels, List<String> diffIds) {
    Recipe.ImageSettings settings = recipe.settings();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("Env", base == null || base.env().isEmpty() ? List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin") : base.env());
    if (!settings.entrypoint().isEmpty()) {
      run.put("Entrypoint", settings.entrypoint());
    }
    run.put("Cmd", settings.cmd());
    if (!settings.exposedPorts().isEmpty()) {
      run.put("ExposedPorts", emptyObjects(settings.exposedPorts()));
    }
    if (!settings.volumes().isEmpty()) {
      run.put("Volumes", emptyObjects(settings.volumes()));
    }
    run.put("Labels", new TreeMap<>(labels));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architecture", architecture());
    config.put("os", "linux");
    config.put("created", CREATED.toString());
    config.put("config", run);
    config.put("rootfs", Map.of("type", "layers", "diff_ids", diffIds));
    List<Object> history = new ArrayList<>(base == null ? List.of() : base.history());
    Map<String, String> own = new LinkedHashMap<>();
    own.put("created", CREATED.toString());
    own.put("created_by", "dockerlab: " + reference + ", built offline from the host's packages");
    history.add(own);
    config.put("history", history);
    return config;
  }

  private static Map<String, Object> emptyObjects(List<String> keys) {
    Map<String, Object> m = new TreeMap<>();
    keys.forEach(k -> m.put(k, Map.of()));
    return m;
  }

  /** The platform of the host's programs, as images name it. */
  static String architecture() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "amd64";
      case "aarch64" -> "arm64";
      default -> arch;
    };
  }

  private static void fixed(TarArchiveEntry e) {
    e.setModTime(CREATED.toEpochMilli());
    e.setUserId(0);
    e.setGroupId(0);
    e.setUserName("");
    e.setGroupName("");
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(content.length);
    e.setMode(0100644);
    fixed(e);
    tar.putArchiveEntry(e);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private static void put(TarArchiveOutputStream tar, String name, long size, Path file) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(size);
    e.setMode(0100644);
    fixed(e);
    tar.putArchiveEntry(e);
    Files.copy(file, tar);
    tar.closeArchiveEntry();
  }

  private static int compareSegments(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }
}
