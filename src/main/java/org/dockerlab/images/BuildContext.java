package org.dockerlab.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Writes a recipe's build context (Dockerfile and files) as a tar file, the form the engine takes. */
final class BuildContext {
  private BuildContext() {}

  static void write(Recipe recipe, Path tarFile) throws IOException {
    try (OutputStream out = Files.newOutputStream(tarFile);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      byte[] dockerfile = recipe.dockerfile().getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
      entry.setSize(dockerfile.length);
      entry.setMode(0644);
      tar.putArchiveEntry(entry);
      tar.write(dockerfile);
      tar.closeArchiveEntry();
      for (ContextFile file : recipe.files()) {
        TarArchiveEntry e = new TarArchiveEntry(file.name());
        e.setSize(file.size());
        e.setMode(file.executable() ? 0755 : 0644);
        tar.putArchiveEntry(e);
        try (InputStream in = file.open()) {
          in.transferTo(tar);
        }
        tar.closeArchiveEntry();
      }
      tar.finish();
    }
  }
}
