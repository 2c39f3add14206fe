package org.dockerlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that appears whole or not at all, and a target that is no regular file, written through and kept. */
class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aRegularFile_appearsOnCommit_andAFailedWriteLeavesNothing() throws Exception {
    Path target = dir.resolve("busybox.tar");
    try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
      file.stream().write("half".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(dir).isEmptyDirectory();

    try (AtomicFile file = AtomicFile.create(target, AtomicFile.Access.SHARED)) {
      file.stream().write("whole".getBytes(StandardCharsets.UTF_8));
      file.commit();
    }
    assertThat(target).hasContent("whole");
    assertThat(Files.list(dir)).containsExactly(target);
  }

  @Test
  void aNamedPipe_isWrittenThrough_andStaysAPipe() throws Exception {
    // a FIFO stands for /dev/null, /dev/stdout and other non-files: the shell's `> /dev/null` once made a
    // regular file of /dev/null, which broke every program on the machine
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
      } catch (Exception e) {
        return "failed: " + e;
      }
    });

    try (AtomicFile file = AtomicFile.create(fifo, AtomicFile.Access.SHARED)) {
      file.stream().write("through the pipe".getBytes(StandardCharsets.UTF_8));
      file.commit();
    }

    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).as("still a FIFO").isTrue();
    assertThat(Files.list(dir)).containsExactly(fifo);
  }

  @Test
  void aSymbolicLink_isWrittenThrough_toTheFileItNames() throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());

    try (AtomicFile file = AtomicFile.create(link, AtomicFile.Access.SHARED)) {
      file.stream().write("new".getBytes(StandardCharsets.UTF_8));
      file.commit();
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
  }
}
