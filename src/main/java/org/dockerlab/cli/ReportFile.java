package org.dockerlab.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;

/** Writes a report to a file whole or not at all (a half-written JUnit file would read as a pass or a parse error). */
final class ReportFile {
  private ReportFile() {}

  /** Writes what {@code render} prints, in UTF-8, to {@code file} atomically; exit 3 when it cannot. */
  static void write(Path file, Consumer<PrintWriter> render) {
    try (AtomicFile target = AtomicFile.create(file, AtomicFile.Access.SHARED)) {
      PrintWriter writer = new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
      render.accept(writer);
      writer.flush();
      target.commit();
    } catch (IOException e) {
      throw LabException.environment("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
