package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.format.ImageRows;
import org.dockerlab.docker.format.RowFormat;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker images} (also {@code docker image ls}): the CLI's table, newest first as the engine sorts. */
@Command(name = "images", description = "List images.")
final class ImageListCommand extends DockerSubcommand {
  @Option(names = {"-a", "--all"}, description = "Show all images (default hides intermediate images)")
  boolean all;

  @Option(names = {"-q", "--quiet"}, description = "Only show image IDs")
  boolean quiet;

  @Option(names = "--digests", description = "Show digests")
  boolean digests;

  @Option(names = {"-f", "--filter"}, paramLabel = "FILTER", description = "Filter output based on conditions provided (e.g. dangling=true, reference=busy*)")
  List<String> filters = new ArrayList<>();

  @Mixin TruncatedListFormat format;

  @Parameters(arity = "0..1", paramLabel = "REPOSITORY[:TAG]", description = "Only images of this repository (and tag)")
  String reference;

  @Override
  public Integer call() {
    RowFormat custom = quiet ? null : format.custom().orElse(null);
    boolean noTrunc = format.noTrunc;
    // as in the CLI, a template that shows the digest gets the digests' rows
    boolean withDigests = digests || custom != null && format.mentions(".Digest");
    List<ImageRows.Row> rows =
        engine().images(all, engineFilters()).stream().flatMap(i -> ImageRows.of(i, withDigests).stream()).toList();
    PrintWriter out = io().out();
    if (custom != null) {
      Instant now = Instant.now();
      custom.print(ImageRows.HEADERS, rows.stream().map(r -> r.fields(noTrunc, now)).toList(), out);
    } else if (quiet) {
      rows.forEach(r -> out.println(r.id(noTrunc)));
    } else {
      Instant now = Instant.now();
      TableWriter table = new TableWriter().row(digests ? ImageRows.HEADER_WITH_DIGEST : ImageRows.HEADER);
      rows.forEach(r -> table.row(digests ? r.cellsWithDigest(noTrunc, now) : r.cells(noTrunc, now)));
      table.print(out);
    }
    out.flush();
    return 0;
  }

  private Map<String, List<String>> engineFilters() {
    Map<String, List<String>> byKey = Filters.parse(filters);
    if (reference != null) {
      byKey.computeIfAbsent("reference", k -> new ArrayList<>()).add(reference);
    }
    return byKey;
  }
}
