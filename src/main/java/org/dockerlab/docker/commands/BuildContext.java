package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * The build context {@code docker build DIR} sends: the directory as a tar, without what {@code .dockerignore}
 * leaves out (the Dockerfile and {@code .dockerignore} always go, as the CLI sends them), and a Dockerfile
 * from outside the directory ({@code -f ../Dockerfile}) added under a name of its own. The tar is written to a
 * temporary file (a context with a 300 MB archive in it stays out of memory) that {@link #close()} removes.
 *
 * @param tar the context as a tar file
 * @param dockerfile the Dockerfile's name inside the tar
 */
record BuildContext(Path tar, String dockerfile) implements AutoCloseable {

  /**
   * @param dockerfile the Dockerfile as given with {@code -f}, resolved; null for {@code DIR/Dockerfile}
   * @param shownDir the directory as the learner typed it, for messages
   */
  static BuildContext of(Path dir, Path dockerfile, String shownDir, String shownDockerfile) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new LabException(ExitCode.FAILED, "unable to prepare context: path \"" + shownDir + "\" not found (docker build takes a directory: docker build -t NAME DIR)");
    }
    Path file = dockerfile == null ? dir.resolve("Dockerfile") : dockerfile;
    if (!Files.isRegularFile(file)) {
      throw new LabException(ExitCode.FAILED, dockerfile == null
          ? "unable to prepare context: " + shownDir + " has no Dockerfile (write " + join(shownDir, "Dockerfile") + ", or name another with -f)"
          : "unable to prepare context: the Dockerfile " + shownDockerfile + " does not exist");
    }
    Path ignoreFile = dir.resolve(".dockerignore");
    DockerIgnore ignore = new DockerIgnore(Files.isRegularFile(ignoreFile) ? Files.readString(ignoreFile) : "");
    boolean inside = file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    String dockerfileName = inside ? relative(dir, file) : ".dockerfile." + Long.toHexString(System.nanoTime());
    Path tarFile = Files.createTempFile("dockerlab-build-context-", ".tar");
    try (OutputStream bytes = Files.newOutputStream(tarFile);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
        Stream<Path> walk = Files.walk(dir)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      List<Path> paths = new ArrayList<>(walk.filter(p -> !p.equals(dir)).sorted().toList());
      for (Path p : paths) {
        String name = relative(dir, p);
        boolean always = name.equals(dockerfileName) || name.equals(".dockerignore");
        if (!always && ignore.excludes(name)) {
          continue;
        }
        add(tar, p, name);
      }
      if (!inside) {
        add(tar, file, dockerfileName);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tarFile);
      throw e;
    }
    return new BuildContext(tarFile, dockerfileName);
  }

  /** The tar to send. */
  InputStream open() throws IOException {
    return Files.newInputStream(tar);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(tar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(TarArchiveOutputStream tar, Path p, String name) throws IOException {
    if (Files.isSymbolicLink(p)) {
      TarArchiveEntry link = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      link.setLinkName(Files.readSymbolicLink(p).toString());
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      return;
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      tar.putArchiveEntry(tar.createArchiveEntry(p.toFile(), name + "/"));
      tar.closeArchiveEntry();
      return;
    }
    TarArchiveEntry entry = (TarArchiveEntry) tar.createArchiveEntry(p.toFile(), name);
    tar.putArchiveEntry(entry);
    Files.copy(p, tar);
    tar.closeArchiveEntry();
  }

  private static String relative(Path dir, Path p) {
    return dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static String join(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  long size() {
    try {
      return Files.size(tar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
