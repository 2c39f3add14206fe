package org.dockerlab.docker.commands;

import java.util.Optional;
import org.dockerlab.docker.format.RowFormat;
import picocli.CommandLine.Option;

/**
 * {@code --format} of the commands that list rows (images, ps, history, volume ls; a picocli mixin): nothing or
 * {@code table} is the command's own table, {@code json} one JSON line per row, anything else a Go template over
 * each row. {@link TruncatedListFormat} adds {@code --no-trunc}.
 */
class ListFormat {
  @Option(names = "--format", paramLabel = "TEMPLATE", description = "Format output using a Go template ('table', 'json' or a template)")
  String format;

  /** The rows' format, {@code defaultTable} standing for nothing or {@code table}. */
  RowFormat rows(String defaultTable) {
    return new RowFormat(ownTable() ? defaultTable : format.equals("json") ? "{{json .}}" : format);
  }

  /** A format of the person's own; empty where the command draws its own table. */
  Optional<RowFormat> custom() {
    return ownTable() ? Optional.empty() : Optional.of(rows(""));
  }

  /** Whether the person's format names a field ({@code .Size}): the CLI then asks the engine for more. */
  boolean mentions(String field) {
    return !ownTable() && format.contains(field);
  }

  /** Whether it shows whole rows as JSON ({@code json}, {@code {{json .}}}), so every field is needed. */
  boolean wholeRows() {
    return !ownTable() && (format.equals("json") || format.contains("json ."));
  }

  private boolean ownTable() {
    return format == null || format.isEmpty() || format.equals("table");
  }
}
