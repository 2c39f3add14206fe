package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dockerlab.report.GradeReport;
import org.dockerlab.report.ReportFormat;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --output} (a picocli mixin): how {@code grade} and {@code exam} hand over a grade
 * report, printed or written to a file whole.
 */
final class ReportOutput {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The report's format: text, json, junit, markdown or classroom (GitHub Classroom's reporter; default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (whole or not at all) instead of the terminal.")
  Path output;

  /** Prints the report on {@code out}, or writes it to the file whole (exit 3 when it cannot) and says there the score and where it went. */
  void deliver(GradeReport report, PrintWriter out) {
    if (output == null) {
      format.render(report, out);
      return;
    }
    Path file = output.toAbsolutePath();
    ReportFile.write(file, writer -> format.render(report, writer));
    out.println(report.tally().score() + "; " + report.tally().points() + "; report written to " + file);
    out.flush();
  }
}
