package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dockerlab.files.WorkspacePath;

/**
 * {@code type: file}: a file exists in the workspace, optionally with a minimum size, a mode and a format.
 *
 * <pre>
 * - type: file
 *   path: busybox.tar
 *   minSize: 1000000     # bytes, optional
 *   mode: rw-------      # optional
 *   format: htpasswd     # optional: every line is user:bcrypt-hash, as registry:2 needs
 * </pre>
 */
public record FileCheck(
    @JsonProperty(value = "path", required = true) String path,
    @JsonProperty("minSize") Long minSize,
    @JsonProperty("mode") String mode,
    @JsonProperty("format") String format) implements Check {
  /** What {@code format: htpasswd} accepts: a user, then a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters). */
  private static final Pattern HTPASSWD_LINE = Pattern.compile("[^:\\s]+:\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  private static final String HTPASSWD = "htpasswd";

  public FileCheck {
    WorkspacePath.require("path", path);
    if (minSize != null && minSize < 0) {
      throw new IllegalArgumentException("minSize: must be 0 or more bytes, not " + minSize);
    }
    FileModes.requireMode("mode", mode);
    if (format != null && !format.equals(HTPASSWD)) {
      throw new IllegalArgumentException("format: the known format is " + HTPASSWD + " (user:bcrypt-hash lines), not '" + format + "'");
    }
  }

  public FileCheck(String path, Long minSize, String mode) {
    this(path, minSize, mode, null);
  }

  @Override
  public String describe() {
    String size = minSize == null ? "" : " of at least " + minSize + " bytes";
    return "the file " + path + " exists" + size + (mode == null ? "" : " with mode " + mode)
        + (format == null ? "" : ", holding user:bcrypt-hash lines (htpasswd -Bbn USER PASSWORD)");
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
      if (format != null) {
        String wrong = htpasswdProblem(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
        if (wrong != null) {
          return CheckResult.failed(path + " " + wrong + ": make each line with htpasswd -Bbn USER PASSWORD", "user:bcrypt-hash lines", wrong);
        }
      }
      return CheckResult.passed(path + " exists (" + size + " bytes)", Map.of("size", Long.toString(size)));
    } catch (IOException | UnsupportedOperationException e) {
      return CheckResult.error("cannot read " + path + ": " + e.getMessage());
    }
  }

  /**
   * What is wrong with an htpasswd file, or null. Never quotes a line: it may hold a password in clear.
   */
  private static String htpasswdProblem(List<String> lines) {
    List<String> users = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (users.isEmpty()) {
      return "has no user:hash line";
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !HTPASSWD_LINE.matcher(line).matches()) {
        return "line " + (i + 1) + " is not user:bcrypt-hash (a bcrypt hash starts with $2y$)";
      }
    }
    return null;
  }
}
