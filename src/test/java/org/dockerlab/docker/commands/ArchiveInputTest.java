package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.ByteProgress;

class ArchiveInputTest {
  private static byte[] tar(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (String name : names) {
        byte[] content = ("content of " + name).repeat(100).getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  private static ArchiveInput open(byte[] data) throws IOException {
    return ArchiveInput.open(new ByteArrayInputStream(data), "image.tar", CancelToken.none(), new ByteProgress(new PrintWriter(new StringWriter()), false, "x"));
  }

  /** Reads it all, as the engine would, then asks what to say if the engine had refused it. */
  private static String failureAfterReading(ArchiveInput in) {
    try (InputStream s = in.stream()) {
      s.transferTo(OutputStreamNull.INSTANCE);
    } catch (IOException expectedForDamagedInput) {
      // the failure message is what matters
    }
    return in.failure("engine said no").getMessage();
  }

  @Test
  void compression_isToldByMagicBytes() {
    assertThat(Compression.of(new byte[] {0x1f, (byte) 0x8b, 8, 0})).isEqualTo(Compression.GZIP);
    assertThat(Compression.of("BZh91AY".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Compression.BZIP2);
    assertThat(Compression.of(new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0})).isEqualTo(Compression.XZ);
    assertThat(Compression.of("manife".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Compression.NONE);
  }

  @Test
  void open_ofEmptyInput_returnsNull() throws IOException {
    assertThat(open(new byte[0])).isNull();
  }

  @Test
  void open_ofText_saysItIsNoArchive() {
    assertThatThrownBy(() -> open("hello\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LabException.class)
        .hasMessage("image.tar is not a docker image archive (no tar archive)");
  }

  @Test
  void open_ofGzippedText_saysTheGzipHoldsNoArchive() throws IOException {
    byte[] data = gzip("hello\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> open(data)).hasMessageContaining("no tar archive inside the gzip data");
  }

  @Test
  void wholeTarWithManifest_streamsUnchanged_andBlamesTheEngineOnly() throws IOException {
    byte[] data = tar("abc/layer.tar", "manifest.json");
    ArchiveInput in = open(data);
    assertThat(in.stream().readAllBytes()).isEqualTo(data);
    assertThat(in.failure("engine said no")).hasMessage("image.tar: engine said no");
  }

  @Test
  void gzipAndBzip2_areUnpackedOnTheFly() throws IOException {
    byte[] data = tar("manifest.json");
    assertThat(open(gzip(data)).stream().readAllBytes()).isEqualTo(data);
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bz)) {
      out.write(data);
    }
    assertThat(open(bz.toByteArray()).stream().readAllBytes()).isEqualTo(data);
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

  /** Discards bytes. */
  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
