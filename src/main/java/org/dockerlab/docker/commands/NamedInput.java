package org.dockerlab.docker.commands;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Standard input that the shell opened from a file ({@code docker load < busybox.tar}): it carries the
 * file's name as typed, so a command's errors can name the file rather than "stdin".
 */
public final class NamedInput extends FilterInputStream {
  private final String name;

  public NamedInput(InputStream in, String name) {
    super(in);
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** The file's name when the stream came from one, else the fallback. */
  public static String nameOf(InputStream stream, String fallback) {
    return stream instanceof NamedInput n ? n.name() : fallback;
  }
}
