package org.dockerlab.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dockerlab.archive.ArchiveFixtures.XZ_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.ZSTD_HEAD;
import static org.dockerlab.archive.ArchiveFixtures.bzip2;
import static org.dockerlab.archive.ArchiveFixtures.gzip;
import static org.dockerlab.archive.ArchiveFixtures.legacy;
import static org.dockerlab.archive.ArchiveFixtures.tar;
import static org.dockerlab.archive.ArchiveFixtures.utf8;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {
  private static Compression detect(byte[] data) throws IOException {
    return Compression.detect(new BufferedInputStream(new ByteArrayInputStream(data)));
  }

  @Test
  void detect_tellsTheFourFormatsDockerLoads_byTheirFirstBytes() throws IOException {
    byte[] tar = tar(legacy("busybox:latest"));
    assertThat(detect(tar)).isEqualTo(Compression.NONE);
    assertThat(detect(gzip(tar))).isEqualTo(Compression.GZIP);
    assertThat(detect(bzip2(tar))).isEqualTo(Compression.BZIP2);
    assertThat(detect(XZ_HEAD)).isEqualTo(Compression.XZ);
    assertThat(detect(ZSTD_HEAD)).isEqualTo(Compression.ZSTD);
  }

  @Test
  void detect_ofTextOrNothing_isNone() throws IOException {
    assertThat(detect(utf8("hello\n"))).isEqualTo(Compression.NONE);
    assertThat(detect(new byte[0])).isEqualTo(Compression.NONE);
  }

  @Test
  void detect_ofAFormatDockerDoesNotLoad_isNone() throws IOException {
    byte[] unixCompress = {0x1f, (byte) 0x9d, (byte) 0x90, 'x', 'y', 'z', 0, 0, 0, 0, 0, 0};
    assertThat(detect(unixCompress)).isEqualTo(Compression.NONE);
  }

  @Test
  void detect_consumesNothing() throws IOException {
    byte[] gz = gzip(utf8("abc"));
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(gz));
    Compression.detect(in);
    assertThat(in.readAllBytes()).isEqualTo(gz);
  }

  @Test
  void decompress_unpacksGzipAndBzip2_andPassesAPlainStreamThrough() throws IOException {
    byte[] data = utf8("layer data ".repeat(1000));
    assertThat(Compression.GZIP.decompress(new ByteArrayInputStream(gzip(data))).readAllBytes()).isEqualTo(data);
    assertThat(Compression.BZIP2.decompress(new ByteArrayInputStream(bzip2(data))).readAllBytes()).isEqualTo(data);
    assertThat(Compression.NONE.decompress(new ByteArrayInputStream(data)).readAllBytes()).isEqualTo(data);
  }

  @Test
  void decompress_readsConcatenatedGzipMembersAsOne() throws IOException {
    byte[] a = gzip(utf8("first "));
    byte[] b = gzip(utf8("second"));
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    assertThat(Compression.GZIP.decompress(new ByteArrayInputStream(both)).readAllBytes()).isEqualTo(utf8("first second"));
  }

  @Test
  void xzAndZstd_areKnownButNotUnpackedHere() {
    assertThat(Compression.XZ.readableHere()).isFalse();
    assertThat(Compression.ZSTD.readableHere()).isFalse();
    assertThat(Compression.GZIP.readableHere()).isTrue();
    assertThatThrownBy(() -> Compression.XZ.decompress(new ByteArrayInputStream(XZ_HEAD))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void word_isHowPeopleWriteIt() {
    assertThat(Compression.BZIP2.word()).isEqualTo("bzip2");
    assertThat(Compression.NONE.word()).isEqualTo("none");
  }
}
