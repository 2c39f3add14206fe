package org.dockerlab.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dockerlab.files.WorkspacePath;

/** {@code write-file}: a file in the workspace with this content. */
public record WriteFile(String path, String content) implements SetupAction {
  public WriteFile {
    WorkspacePath.require("path", path);
    if (content == null) {
      throw new IllegalArgumentException("content: is required (\"\" for an empty file)");
    }
  }

  @Override
  public void apply(SetupContext ctx) throws IOException {
    ctx.write(ctx.dirs().inWorkspace(path), content.getBytes(StandardCharsets.UTF_8));
    ctx.report().accept(path + ": written");
  }
}
