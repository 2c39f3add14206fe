package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.format.HistoryRows;
import org.dockerlab.docker.format.RowFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker history}: an image's layers, newest first, with the instruction that made each. */
@Command(name = "history", description = "Show the history of an image.")
final class HistoryCommand extends DockerSubcommand {
  @Option(names = {"-H", "--human"}, arity = "0..1", fallbackValue = "true", paramLabel = "BOOL", description = "Print sizes and dates in human readable format (default true)")
  boolean human = true;

  @Option(names = {"-q", "--quiet"}, description = "Only show image IDs")
  boolean quiet;

  @Mixin TruncatedListFormat format;

  @Parameters(paramLabel = "IMAGE", description = "The image (name or ID)")
  String image;

  @Override
  public Integer call() {
    RowFormat rows = quiet ? new RowFormat("{{.ID}}") : format.rows(HistoryRows.DEFAULT_TABLE);
    JsonNode history =
        engine().imageHistory(image).orElseThrow(() -> new EngineError(404, "No such image: " + image, null));
    rows.print(HistoryRows.headers(human), HistoryRows.rows(history, !format.noTrunc, human, Instant.now()), io().out());
    return 0;
  }
}
