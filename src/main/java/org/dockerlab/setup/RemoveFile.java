package org.dockerlab.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.WorkspacePath;

/** {@code remove-file}: no such file in the workspace afterwards. */
public record RemoveFile(String path) implements SetupAction {
  public RemoveFile {
    WorkspacePath.require("path", path);
  }

  @Override
  public void apply(SetupContext ctx) throws IOException {
    Path file = ctx.dirs().inWorkspace(path);
    if (Files.isDirectory(file)) {
      throw new LabException(ExitCode.ENVIRONMENT, path + " is a directory; the lesson expected a file there: move it away and start the lesson again");
    }
    ctx.report().accept(path + (Files.deleteIfExists(file) ? ": removed" : ": none, nothing to remove"));
  }
}
