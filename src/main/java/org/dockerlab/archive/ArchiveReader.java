package org.dockerlab.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Walks the tar of a docker archive for its small JSON entries (manifests, index, configs); layers are
 * skipped, never decompressed into memory. What the JSON says is {@link Manifests}' business.
 */
final class ArchiveReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Manifests and configs are a few KiB; anything bigger among the blobs is a layer. */
  private static final long SMALL_ENTRY = 1 << 20;
  private static final long KEPT_TOTAL = 8L << 20;
  /** A blob of the OCI layout, or a config of the legacy one ({@code <hex>.json}). */
  private static final Pattern BLOB = Pattern.compile("(?:blobs/sha256/([0-9a-f]{64}))|(?:([0-9a-f]{64})\\.json)");

  private ArchiveReader() {}

  static ArchiveContents read(Path file) throws IOException, InvalidArchiveException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Compression compression = Compression.detect(raw);
      if (!compression.readableHere()) {
        throw new InvalidArchiveException(
            "is " + compression.word() + "-compressed, which dockerlab cannot look inside (it reads gzip, bzip2 or uncompressed archives)");
      }
      if (compression == Compression.NONE) {
        Optional<ArchiveContents> quick = seeking(file);
        if (quick.isPresent()) {
          return quick.get();
        }
      }
      try (InputStream data = compression.decompress(raw)) {
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
  private static Optional<ArchiveContents> seeking(Path file) {
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
    } catch (IOException | InvalidArchiveException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The entries of a tar one after the other, and the content of the current one. */
  private interface Entries {
    TarArchiveEntry next() throws IOException, InvalidArchiveException;

    InputStream content() throws IOException;

    /** Reads what is left, where that matters (a compressed stream's checksum is at its end). */
    default void finish() throws InvalidArchiveException {}
  }

  private static Entries streamed(TarArchiveInputStream tar, InputStream data) {
    return new Entries() {
      private boolean any;

      @Override
      public TarArchiveEntry next() throws InvalidArchiveException {
        TarArchiveEntry entry = ArchiveReader.next(tar, any);
        any |= entry != null;
        return entry;
      }

      @Override
      public InputStream content() {
        return tar;
      }

      @Override
      public void finish() throws InvalidArchiveException {
        drain(data);
      }
    };
  }

  /**
   * Keeps the small JSON entries: manifest.json, index.json and the blobs and configs that parse as JSON.
   * The whole tar is read (the configs may come after the manifest), and then what is left of the file, so
   * that a compressed file's checksum at its very end is verified.
   */
  private static ArchiveContents readTar(Compression compression, Entries tar) throws IOException, InvalidArchiveException {
    JsonNode manifest = null;
    JsonNode index = null;
    boolean any = false;
    Map<String, JsonNode> blobs = new HashMap<>();
    long kept = 0;
    TarArchiveEntry entry;
    while ((entry = tar.next()) != null) {
      any = true;
      String name = entry.getName().replaceFirst("^\\./", "");
      if (name.equals("manifest.json")) {
        manifest = json(tar.content(), "manifest.json");
        continue;
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
            blobs.put("sha256:" + (blob.group(1) != null ? blob.group(1) : blob.group(2)), JSON.readTree(content));
          } catch (JsonProcessingException notJson) {
            // a tiny layer that happens to start with '{': not a manifest
          }
        }
      }
    }
    tar.finish();
    if (manifest != null) {
      return Manifests.legacy(compression, manifest, blobs);
    }
    if (index != null) {
      return Manifests.oci(compression, index, blobs);
    }
    throw new InvalidArchiveException(
        any
            ? "is not a complete docker archive: it has no manifest.json or index.json, which docker save writes last"
            : "is not a docker image archive: it is empty or not a tar file");
  }

  private static void drain(InputStream in) throws InvalidArchiveException {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw damaged(e);
    }
  }

  private static TarArchiveEntry next(TarArchiveInputStream tar, boolean any) throws InvalidArchiveException {
    try {
      return tar.getNextEntry();
    } catch (IOException e) {
      InvalidArchiveException damage = damaged(e);
      throw any || ReadFailures.endsEarly(e) ? damage : new InvalidArchiveException("is not a docker archive: it is not a tar file");
    }
  }

  private static InvalidArchiveException damaged(Exception e) {
    if (ReadFailures.endsEarly(e)) {
      return new InvalidArchiveException("is not a complete docker archive: it ends too early (was it written completely?)");
    }
    return new InvalidArchiveException("is not a complete docker archive: " + ReadFailures.reason(e));
  }

  private static JsonNode json(InputStream tar, String name) throws IOException, InvalidArchiveException {
    byte[] content = tar.readNBytes((int) SMALL_ENTRY);
    try {
      return JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new InvalidArchiveException("is not a complete docker archive: its " + name + " is not valid JSON");
    }
  }
}
