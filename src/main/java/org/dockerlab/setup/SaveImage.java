package org.dockerlab.setup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.files.AtomicFile;
import org.dockerlab.files.WorkspacePath;

/** {@code save-image}: a docker archive of a lab image in the workspace, as {@code docker save -o} makes it. */
public record SaveImage(String image, String path) implements SetupAction {
  public SaveImage {
    Fields.labImage("image", image);
    WorkspacePath.require("path", path);
  }

  @Override
  public void apply(SetupContext ctx) throws IOException {
    ctx.ensureImage(image);
    Path file = ctx.dirs().inWorkspace(path);
    Files.createDirectories(file.getParent());
    try (InputStream in = ctx.engine().saveImage(image); AtomicFile out = AtomicFile.create(file, AtomicFile.Access.SHARED)) {
      in.transferTo(out.stream());
      out.commit();
    }
    ctx.report().accept(image + ": saved to " + path + " (" + Files.size(file) + " bytes)");
  }

  @Override
  public List<String> images() {
    return List.of(image);
  }
}
