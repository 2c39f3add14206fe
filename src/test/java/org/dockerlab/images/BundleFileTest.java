package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dockerlab.archive.Compression;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFileTest {
  @TempDir Path dir;

  private static byte[] archiveBytes() {
    byte[] data = new byte[300_000];
    new Random(7).nextBytes(data);
    return data;
  }

  @Test
  void write_toGzName_writesGzipOfTheArchive() throws IOException {
    byte[] archive = archiveBytes();
    Path target = dir.resolve("dlt-bnd-room.tar.gz");
    BundleFile.Written w = BundleFile.write(new ByteArrayInputStream(archive), target, BundleFormat.forFile(target), n -> {}, new CancelToken());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(target))) {
      assertThat(Compression.detect(in)).as("what import will see").isEqualTo(Compression.GZIP);
      assertThat(Compression.GZIP.decompress(in).readAllBytes()).isEqualTo(archive);
    }
    assertThat(w.archiveBytes()).isEqualTo(archive.length);
    assertThat(w.fileBytes()).isEqualTo(Files.size(target));
  }

  @Test
  void write_toPlainTarName_writesTheArchiveUncompressed() throws IOException {
    byte[] archive = archiveBytes();
    Path target = dir.resolve("dlt-bnd-room.tar");
    BundleFile.write(new ByteArrayInputStream(archive), target, BundleFormat.forFile(target), n -> {}, new CancelToken());
    assertThat(Files.readAllBytes(target)).isEqualTo(archive);
  }

  @Test
  void write_reportsProgressInArchiveBytes() throws IOException {
    long[] last = {0};
    BundleFile.write(new ByteArrayInputStream(archiveBytes()), dir.resolve("b.tar.gz"), BundleFormat.GZIP, n -> last[0] = n, new CancelToken());
    assertThat(last[0]).isEqualTo(300_000);
  }

  @Test
  void write_whenTheEngineStreamBreaks_leavesNoFileAndNoTempFile() throws IOException {
    InputStream breaking = new InputStream() {
      private int left = 200_000;

      @Override
      public int read() throws IOException {
        if (left-- <= 0) {
          throw new IOException("connection reset");
        }
        return 'x';
      }
    };
    assertThatThrownBy(() -> BundleFile.write(breaking, dir.resolve("b.tar.gz"), BundleFormat.GZIP, n -> {}, new CancelToken()))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset");
    assertThat(listing()).isEmpty();
  }

  @Test
  void write_cancelledMidway_leavesNoFileAndNoTempFile() throws IOException {
    CancelToken cancel = new CancelToken();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertThatThrownBy(() -> BundleFile.write(endless, dir.resolve("b.tar.gz"), BundleFormat.GZIP, n -> {
          if (n > 100_000) {
            cancel.cancel();
          }
        }, cancel))
        .isInstanceOf(CancelledException.class);
    assertThat(listing()).isEmpty();
  }

  @Test
  void format_isToldByTheName_gzipUnlessPlainTar() {
    assertThat(BundleFormat.forFile(Path.of("room.tar.gz"))).isEqualTo(BundleFormat.GZIP);
    assertThat(BundleFormat.forFile(Path.of("room.tgz"))).isEqualTo(BundleFormat.GZIP);
    assertThat(BundleFormat.forFile(Path.of("dir/ROOM.TAR"))).isEqualTo(BundleFormat.TAR);
  }

  private Stream<Path> listingStream() throws IOException {
    return Files.list(dir);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> s = listingStream()) {
      return s.toList();
    }
  }
}
