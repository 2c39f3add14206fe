package org.dockerlab.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged archives and unwritable targets, through the lab shell: one clear line naming the file, nothing left behind. */
@RequiresEngine
class BadFilesIT {
  @TempDir Path state;
  private Path workspace;
  private LabProcess lab;

  @BeforeEach
  void goodArchive() throws Exception {
    lab = new LabProcess(state);
    workspace = state.resolve("workspace");
    LabProcess.Result saved = lab.run("", 60, "shell", "-c", "docker save busybox:latest -o good.tar");
    assertThat(saved.exitCode()).as(saved.all()).isZero();
  }

  @Test
  void damagedArchives_loadSaysWhatIsWrong_namingTheFile() throws Exception {
    byte[] good = Files.readAllBytes(workspace.resolve("good.tar"));
    byte[] gzip = gzip(good);
    for (int i = gzip.length / 3; i < gzip.length / 3 + 64; i++) {
      gzip[i] ^= 0x5a; // damage in the middle of the deflate stream
    }
    Map<String, byte[]> files = Map.of(
        "dlt-hard-truncated.tar", Arrays.copyOf(good, good.length / 2),
        "dlt-hard-corrupt.tar.gz", gzip,
        "dlt-hard-not-an-archive.tar", "this is a note, not an archive\n".repeat(50).getBytes(StandardCharsets.UTF_8),
        "dlt-hard-bad-manifest.tar", withManifest(good, "[{\"Config\": \"abc\", \"RepoTags\": [\"busy"));
    Map<String, String> says = Map.of(
        "dlt-hard-truncated.tar", "truncated",
        "dlt-hard-corrupt.tar.gz", "not valid gzip data",
        "dlt-hard-not-an-archive.tar", "not a docker image archive",
        "dlt-hard-bad-manifest.tar", "malformed manifest.json");
    int runs = 0;
    for (var file : files.entrySet()) {
      Files.write(workspace.resolve(file.getKey()), file.getValue());
      for (String line : List.of("docker load < " + file.getKey(), "docker load -i " + file.getKey())) {
        LabProcess.Result r = lab.run("", 120, "shell", "-c", line);
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("hint:")).toList();
        assertThat(r.exitCode()).as(line).isNotZero();
        assertThat(errors).as(line + " says one line").hasSize(1);
        assertThat(errors.get(0)).as(line).contains(file.getKey()).contains(says.get(file.getKey())).doesNotContain("stdin");
        runs++;
      }
    }
    assertThat(runs).isEqualTo(8);
  }

  @Test
  void saveIntoAFullFileSystem_failsClearly_andLeavesNoPartialFile() throws Exception {
    // far smaller than busybox even gzipped (about 1 MB since the stand-ins are built reproducibly)
    Path full = mountTmpfs("full", "size=256k");
    try {
      saveFailsEveryWay("full", "no space left on device");
    } finally {
      unmount(full);
    }
  }

  @Test
  void saveIntoAReadOnlyFileSystem_failsClearly_andLeavesNoPartialFile() throws Exception {
    Path readOnly = mountTmpfs("read-only", "ro,size=1m");
    try {
      saveFailsEveryWay("read-only", "read-only file system");
    } finally {
      unmount(readOnly);
    }
  }

  private void saveFailsEveryWay(String dir, String reason) throws Exception {
    for (String line : List.of(
        "docker save busybox:latest -o " + dir + "/busybox.tar",
        "docker save busybox:latest > " + dir + "/busybox.tar",
        "docker save busybox:latest | gzip > " + dir + "/busybox.tar.gz")) {
      LabProcess.Result r = lab.run("", 120, "shell", "-c", line);
      assertThat(r.exitCode()).as(line).isNotZero();
      assertThat(r.err()).as(line).containsIgnoringCase(reason).contains(dir + "/busybox.tar");
      try (var left = Files.list(workspace.resolve(dir))) {
        assertThat(left.toList()).as("files left after: " + line).isEmpty();
      }
    }
  }

  /** A small tmpfs under the workspace; the test is skipped, saying why, where mounting is not allowed. */
  private Path mountTmpfs(String name, String options) throws Exception {
    Path dir = Files.createDirectories(workspace.resolve(name));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "dlt-hard-tmpfs", dir.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    assumeTrue(mounted, "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): " + out.strip());
    return dir;
  }

  private static void unmount(Path dir) throws Exception {
    new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** The archive with its manifest.json replaced. */
  private static byte[] withManifest(byte[] archive, String manifest) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new java.io.ByteArrayInputStream(archive));
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] body = e.getName().equals("manifest.json") ? manifest.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        TarArchiveEntry copy = new TarArchiveEntry(e.getName(), e.isDirectory() ? TarArchiveEntry.LF_DIR : TarArchiveEntry.LF_NORMAL);
        if (e.isSymbolicLink()) {
          copy = new TarArchiveEntry(e.getName(), TarArchiveEntry.LF_SYMLINK);
          copy.setLinkName(e.getLinkName());
        } else if (!e.isDirectory()) {
          copy.setSize(body.length);
        }
        tar.putArchiveEntry(copy);
        if (!e.isDirectory() && !e.isSymbolicLink()) {
          tar.write(body);
        }
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }
}
