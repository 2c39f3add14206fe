package org.dockerlab.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The image a stand-in is built on, as the engine has it ({@code docker save}): its layer files, their diff
 * IDs and its environment, unpacked into a directory, so the stand-in's archive can carry them below its own.
 */
record BaseImage(List<Path> layers, List<String> diffIds, List<String> env, List<JsonNode> history) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Unpacks a docker archive holding one image into {@code dir}. */
  static BaseImage unpack(InputStream dockerArchive, Path dir) throws IOException {
    Map<String, Path> files = new HashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(dockerArchive)) {
      int n = 0;
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (e.isFile()) {
          Path file = dir.resolve("base-" + n++);
          Files.copy(tar, file);
          files.put(e.getName(), file);
        }
      }
    }
    Path manifestFile = files.get("manifest.json");
    if (manifestFile == null) {
      throw new IOException("the engine's archive of the base image has no manifest.json");
    }
    JsonNode manifest = JSON.readTree(manifestFile.toFile()).path(0);
    JsonNode config = JSON.readTree(require(files, manifest.path("Config").asText()).toFile());
    List<Path> layers = new ArrayList<>();
    for (JsonNode layer : manifest.path("Layers")) {
      layers.add(require(files, layer.asText()));
    }
    List<String> diffIds = new ArrayList<>();
    config.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
    List<String> env = new ArrayList<>();
    config.path("config").path("Env").forEach(v -> env.add(v.asText()));
    List<JsonNode> history = new ArrayList<>();
    config.path("history").forEach(history::add);
    if (diffIds.size() != layers.size()) {
      throw new IOException("the base image's archive lists " + layers.size() + " layers for " + diffIds.size() + " diff IDs");
    }
    return new BaseImage(layers, diffIds, env, history);
  }

  private static Path require(Map<String, Path> files, String name) throws IOException {
    Path p = files.get(name);
    if (p == null) {
      throw new IOException("the engine's archive of the base image lacks " + name);
    }
    return p;
  }
}
