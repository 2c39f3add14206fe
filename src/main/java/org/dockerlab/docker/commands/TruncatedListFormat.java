package org.dockerlab.docker.commands;

import picocli.CommandLine.Option;

/** {@link ListFormat} and {@code --no-trunc}, for the lists that shorten IDs and long values (images, ps, history; a picocli mixin). */
final class TruncatedListFormat extends ListFormat {
  @Option(names = "--no-trunc", description = "Don't truncate output")
  boolean noTrunc;
}
