package org.dockerlab.docker.commands;

import java.util.Optional;
import org.dockerlab.docker.format.GoTemplate;
import picocli.CommandLine.Option;

/**
 * {@code -f/--format TEMPLATE} of the commands that show one object each (version, info, inspect; a picocli
 * mixin): a Go template over the engine's JSON, or {@code json} for the whole object on one line, as the CLI.
 */
final class ObjectFormat {
  @Option(names = {"-f", "--format"}, paramLabel = "TEMPLATE", description = "Format output using a Go template ('json' or a template)")
  String format;

  /** The template; empty where the command shows its own layout (no {@code --format}, or an empty one). */
  Optional<GoTemplate> template() {
    if (format == null || format.isEmpty()) {
      return Optional.empty();
    }
    // parsed here, so a template the lab cannot run is refused before the engine is asked anything
    return Optional.of(new GoTemplate(format.equals("json") ? "{{json .}}" : format));
  }
}
