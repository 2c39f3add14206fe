package org.dockerlab.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.files.AtomicFile;

/**
 * An append-only file of JSON records, one a line: a torn last line (the lab killed mid-write) or a line
 * that is not a record is skipped with a warning, never the rest. It is kept bounded: past its limit, the
 * oldest records are dropped in one atomic rewrite.
 */
final class JsonLines<T> {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Class<T> type;
  private final int limit;
  private final Consumer<String> warnings;
  private int lines = -1;

  JsonLines(Path file, Class<T> type, int limit, Consumer<String> warnings) {
    this.file = file;
    this.type = type;
    this.limit = limit;
    this.warnings = warnings;
  }

  synchronized List<T> read() {
    List<T> records = new ArrayList<>();
    if (!Files.exists(file)) {
      lines = 0;
      return records;
    }
    int bad = 0;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        try {
          records.add(JSON.readValue(line, type));
        } catch (JsonProcessingException e) {
          bad++;
        }
      }
    } catch (IOException e) {
      warnings.accept("cannot read " + file + " (" + e.getMessage() + "): starting it afresh");
    }
    if (bad > 0) {
      warnings.accept(file.getFileName() + ": " + bad + " damaged line" + (bad == 1 ? "" : "s") + " skipped");
    }
    lines = records.size();
    return records.size() > limit ? new ArrayList<>(records.subList(records.size() - limit, records.size())) : records;
  }

  synchronized void append(T record, List<T> all) {
    try {
      Files.createDirectories(file.getParent());
      if (lines < 0) {
        lines = Files.exists(file) ? (int) Files.lines(file, StandardCharsets.UTF_8).count() : 0;
      }
      if (lines + 1 > limit * 2) {
        rewrite(all.subList(Math.max(0, all.size() - limit), all.size()));
        return;
      }
      if (!Files.exists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      String line = JSON.writeValueAsString(record) + "\n";
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      lines++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private void rewrite(List<T> kept) throws IOException {
    StringBuilder text = new StringBuilder();
    for (T r : kept) {
      text.append(JSON.writeValueAsString(r)).append('\n');
    }
    try (AtomicFile out = AtomicFile.create(file, AtomicFile.Access.OWNER_ONLY)) {
      out.stream().write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    lines = kept.size();
  }
}
