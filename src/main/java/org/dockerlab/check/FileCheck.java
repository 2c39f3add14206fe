package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.dockerlab.files.WorkspacePath;

/**
 * {@code type: file}: a file exists in the workspace, optionally with a minimum size and a mode.
 *
 * <pre>
 * - type: file
 *   path: busybox.tar
 *   minSize: 1000000     # bytes, optional
 *   mode: rw-------      # optional
 * </pre>
 */
public record FileCheck(
    @JsonProperty(value = "path", required = true) String path,
    @JsonProperty("minSize") Long minSize,
    @JsonProperty("mode") String mode) implements Check {

  public FileCheck {
    WorkspacePath.require("path", path);
    if (minSize != null && minSize < 0) {
      throw new IllegalArgumentException("minSize: must be 0 or more bytes, not " + minSize);
    }
    FileModes.requireMode("mode", mode);
  }

  @Override
  public String describe() {
    String size = minSize == null ? "" : " of at least " + minSize + " bytes";
    return "the file " + path + " exists" + size + (mode == null ? "" : " with mode " + mode);
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Path file = ctx.workdir().resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      return CheckResult.failed(
          path + " is missing" + NearbyFiles.hint(ctx.workdir(), path) + ": create it in " + ctx.workdir(), "a file " + path, "no such file");
    }
    try {
      long size = Files.size(file);
      if (minSize != null && size < minSize) {
        return CheckResult.failed(
            path + " is only " + size + " bytes: it looks incomplete", "at least " + minSize + " bytes", size + " bytes");
      }
      if (mode != null) {
        String actual = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        if (!actual.equals(mode)) {
          return CheckResult.failed(path + " has mode " + actual + ", not " + mode, mode, actual);
        }
      }
      return CheckResult.passed(path + " exists (" + size + " bytes)", Map.of("size", Long.toString(size)));
    } catch (IOException | UnsupportedOperationException e) {
      return CheckResult.error("cannot read " + path + ": " + e.getMessage());
    }
  }
}
