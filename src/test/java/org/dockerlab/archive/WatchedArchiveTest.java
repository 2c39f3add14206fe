package org.dockerlab.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dockerlab.archive.ArchiveFixtures.XZ_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.ZSTD_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.bzip2;
import static org.dockerlab.archive.ArchiveFixtures.gzip;
import static org.dockerlab.archive.ArchiveFixtures.legacy;
import static org.dockerlab.archive.ArchiveFixtures.ociOnly;
import static org.dockerlab.archive.ArchiveFixtures.utf8;
import static org.dockerlab.archive.ArchiveFixtures.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchedArchiveTest {
  @TempDir Path dir;

  private static byte[] tar(String... names) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : names) {
      entries.put(name, utf8(("content of " + name).repeat(100)));
    }
    return ArchiveFixtures.tar(entries);
  }

  private static WatchedArchive open(byte[] data) throws IOException {
    return WatchedArchive.open(new ByteArrayInputStream(data), "image.tar", bytesSoFar -> {});
  }

  /** Reads it all, as the engine would, then asks what to say if the engine had refused it. */
  private static String failureAfterReading(WatchedArchive in) {
    try (InputStream s = in.stream()) {
      s.transferTo(OutputStream.nullOutputStream());
    } catch (IOException expectedForDamagedInput) {
      // the failure message is what matters
    }
    return in.failure("engine said no").getMessage();
  }

  @Test
  void open_ofEmptyInput_returnsNull() throws IOException {
    assertThat(open(new byte[0])).isNull();
  }

  @Test
  void open_ofText_saysItIsNoArchive() {
    assertThatThrownBy(() -> open(utf8("hello\n")))
        .isInstanceOf(LabException.class)
        .hasMessage("image.tar is not a docker image archive (no tar archive)");
  }

  @Test
  void open_ofGzippedText_saysTheGzipHoldsNoArchive() throws IOException {
    byte[] data = gzip(utf8("hello\n"));
    assertThatThrownBy(() -> open(data)).hasMessageContaining("no tar archive inside the gzip data");
  }

  @Test
  void wholeTarWithManifest_streamsUnchanged_andBlamesTheEngineOnly() throws IOException {
    byte[] data = tar("abc/layer.tar", "manifest.json");
    WatchedArchive in = open(data);
    assertThat(in.compression()).isEqualTo(Compression.NONE);
    assertThat(in.stream().readAllBytes()).isEqualTo(data);
    assertThat(in.failure("engine said no")).hasMessage("image.tar: engine said no");
  }

  @Test
  void ociLayoutWithOnlyAnIndex_isADockerImageArchiveToo() throws IOException {
    WatchedArchive in = open(ArchiveFixtures.tar(ociOnly("busybox:latest")));
    assertThat(failureAfterReading(in)).isEqualTo("image.tar: engine said no");
  }

  @Test
  void gzipAndBzip2_areUnpackedOnTheFly() throws IOException {
    byte[] data = tar("manifest.json");
    assertThat(open(gzip(data)).stream().readAllBytes()).isEqualTo(data);
    assertThat(open(bzip2(data)).stream().readAllBytes()).isEqualTo(data);
  }

  @Test
  void xzAndZstd_goToTheEngineAsTheyCame_unwatched() throws IOException {
    WatchedArchive xz = open(XZ_HEAD);
    assertThat(xz.compression()).isEqualTo(Compression.XZ);
    assertThat(xz.stream().readAllBytes()).isEqualTo(XZ_HEAD);
    assertThat(xz.failure("engine said no")).hasMessage("image.tar: engine said no");
    assertThat(open(ZSTD_HEAD).stream().readAllBytes()).isEqualTo(ZSTD_HEAD);
  }

  @Test
  void loadAndTheChecks_tellTheSameCompression_fromTheSameBytes() throws Exception {
    byte[] tar = ArchiveFixtures.tar(legacy("busybox:latest"));
    Map<Compression, byte[]> files = Map.of(Compression.NONE, tar, Compression.GZIP, gzip(tar), Compression.BZIP2, bzip2(tar), Compression.XZ, XZ_HEAD, Compression.ZSTD, ZSTD_HEAD);
    for (var file : files.entrySet()) {
      Path written = write(dir, "busybox.tar", file.getValue()); // named .tar whatever is inside
      Compression loaded;
      try (WatchedArchive in = WatchedArchive.open(Files.newInputStream(written), "busybox.tar", bytesSoFar -> {})) {
        loaded = in.compression();
      }
      Compression checked;
      try {
        checked = ArchiveContents.read(written).compression();
      } catch (InvalidArchiveException cannotLookInside) {
        checked = cannotLookInside.getMessage().startsWith("is " + file.getKey().word() + "-compressed,") ? file.getKey() : null;
      }
      assertThat(loaded).as("docker load of %s", file.getKey()).isEqualTo(file.getKey());
      assertThat(checked).as("the checks on %s", file.getKey()).isEqualTo(file.getKey());
    }
  }

  @Test
  void beforeEachRead_seesTheRawBytesSoFar_andCanStopTheRead() throws IOException {
    byte[] gz = gzip(tar("abc/layer.tar", "manifest.json"));
    List<Long> seen = new ArrayList<>();
    try (WatchedArchive in = WatchedArchive.open(new ByteArrayInputStream(gz), "image.tar.gz", seen::add)) {
      in.stream().transferTo(OutputStream.nullOutputStream());
    }
    assertThat(seen).startsWith(0L).isSorted().endsWith((long) gz.length);

    IllegalStateException ctrlC = new IllegalStateException("cancelled");
    assertThatThrownBy(() -> WatchedArchive.open(new ByteArrayInputStream(gz), "image.tar.gz", bytesSoFar -> {
          throw ctrlC;
        }))
        .isSameAs(ctrlC);
  }

  @Test
  void tarWithoutManifest_isNoDockerImageArchive() throws IOException {
    assertThat(failureAfterReading(open(tar("a.txt", "b.txt"))))
        .isEqualTo("image.tar is not a docker image archive (no manifest.json): engine said no");
  }

  @Test
  void truncatedTar_isCalledTruncated() throws IOException {
    byte[] data = tar("abc/layer.tar", "manifest.json");
    assertThat(failureAfterReading(open(Arrays.copyOf(data, 700)))).startsWith("image.tar is truncated");
  }

  @Test
  void truncatedGzip_isCalledCutShort_inWords() throws IOException {
    byte[] gz = gzip(ArchiveFixtures.tar(legacy("busybox:latest")));
    assertThat(failureAfterReading(open(Arrays.copyOf(gz, gz.length / 2))))
        .isEqualTo("image.tar is not valid gzip data (damaged or cut short): it ends too early");
  }

  @Test
  void tarWithAScribbledHeader_isCalledDamaged() throws IOException {
    byte[] data = tar("abc/layer.tar", "manifest.json");
    int secondHeader = 512 + (("content of abc/layer.tar".length() * 100 + 511) / 512) * 512;
    for (int i = secondHeader + 100; i < secondHeader + 160; i++) {
      data[i] = (byte) 0xee; // mode, ids, size and checksum fields become unreadable
    }
    assertThat(failureAfterReading(open(data))).isEqualTo("image.tar is damaged (a tar header in it is corrupt): engine said no");
  }

  @Test
  void corruptGzip_isCalledNotValidGzip() throws IOException {
    byte[] data = gzip(tar("abc/layer.tar", "manifest.json"));
    for (int i = 40; i < data.length - 20; i++) {
      data[i] = (byte) 0x5a; // scribble over the deflate stream, keeping the header intact
    }
    String message;
    try {
      message = failureAfterReading(open(data));
    } catch (LabException failedAlreadyAtTheFirstBlock) {
      message = failedAlreadyAtTheFirstBlock.getMessage();
    }
    assertThat(message).startsWith("image.tar is not valid gzip data");
  }

  @Test
  void malformedManifest_isNamed_whenTheEngineSaysItCannotParseIt() throws IOException {
    WatchedArchive in = open(tar("abc/layer.tar", "manifest.json"));
    in.stream().transferTo(OutputStream.nullOutputStream());
    assertThat(in.failure("invalid character 'x' looking for beginning of value"))
        .hasMessage("image.tar has a malformed manifest.json (not valid JSON): invalid character 'x' looking for beginning of value");
  }
}
