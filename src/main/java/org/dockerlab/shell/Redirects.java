package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.Optional;

/** Files a lab shell command reads from ({@code <}) or writes to ({@code >}, {@code >>}). */
public record Redirects(Optional<Path> stdin, Optional<Path> stdout, boolean append) {
  public static final Redirects NONE = new Redirects(Optional.empty(), Optional.empty(), false);
}
