package org.dockerlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.report.roll.ClassRoll;
import org.dockerlab.report.roll.ReportFiles;
import org.dockerlab.report.roll.ReportReader;
import org.dockerlab.report.roll.RollFormat;
import org.dockerlab.report.roll.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dockerlab class report FILE|DIR...}: learners' JSON grade reports (grade and exam, from files and
 * folders) rolled up into one class report. A file that is not a usable report is named on stderr with
 * why, and the others are read regardless.
 */
@Command(
    name = "report",
    description = {
      "Roll learners' JSON grade reports (dockerlab grade or exam --format json) up into one class report: "
          + "a row per learner, the points per lesson, the steps most failed, the help used.",
      "Folders are read recursively for *.json. A file that is not a usable report (not JSON, cut short, another "
          + "program's, a newer schema) is named on stderr with why and skipped. Where a learner appears in several "
          + "reports, the latest verdict of each step counts, and the report says where each came from."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the class report was written (any file skipped is named on stderr)",
      "2:bad input: no usable grade report among FILE|DIR (each is named on stderr with why)",
      "3:the output file cannot be written"
    })
final class ClassReportCommand extends CliCommand {
  private static final String SAY = "class report: ";


  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Grade reports in JSON, or folders holding them.")
  List<Path> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "csv (a gradebook), markdown (a README or CI summary), html (one page to look at or print) or json (default: ${DEFAULT-VALUE}).")
  RollFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the class report to FILE (whole or not at all) instead of the terminal.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = err();
    ReportFiles.Found found = ReportFiles.find(inputs);
    List<ReportFiles.Skipped> skipped = new ArrayList<>(found.skipped());
    List<Submission> read = new ArrayList<>();
    for (Path file : found.files()) {
      try {
        ReportReader.Read r = ReportReader.read(file, file.toString(), read.size());
        read.add(r.submission());
        if (r.note() != null) {
          err.println(SAY + file + ": " + r.note());
        }
      } catch (ReportReader.Unusable e) {
        skipped.add(new ReportFiles.Skipped(file.toString(), e.getMessage()));
      }
    }
    skipped.forEach(s -> err.println(SAY + s));
    if (found.ignored() > 0) {
      err.println(SAY + found.ignored() + " file(s) in the folders are not named *.json and were not read");
    }
    if (read.isEmpty()) {
      err.flush();
      throw LabException.badInput("no usable grade report in " + String.join(", ", inputs.stream().map(Path::toString).toList())
          + ": give the JSON reports of dockerlab grade --format json or dockerlab exam ID --format json");
    }
    ClassRoll roll = ClassRoll.of(read, skipped, Clock.systemUTC().instant());
    String summary = roll.rows().size() + " learner(s) from " + read.size() + " report(s)" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " file(s) skipped");
    if (output == null) {
      format.render(roll, out());
      err.println(SAY + summary);
    } else {
      ReportFile.write(output.toAbsolutePath(), writer -> format.render(roll, writer));
      out().println(SAY + summary + "; written to " + output.toAbsolutePath());
    }
    err.flush();
    return ExitCode.OK;
  }
}
