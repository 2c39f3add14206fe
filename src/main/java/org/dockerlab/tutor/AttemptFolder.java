package org.dockerlab.tutor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dockerlab.files.AtomicFile;

/**
 * The folder of one lesson's (or exam's) current attempt, {@code attempts/ID/}: {@code attempt.json},
 * the journal and the engine's events. A new attempt moves the previous one to {@code attempts/old/},
 * where the last {@value #KEPT} of each lesson are kept. A damaged {@code attempt.json} is set aside with a
 * warning, as progress.json is, and the attempt is then treated as not started.
 */
final class AttemptFolder {
  static final int KEPT = 3;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;
  private final Consumer<String> warnings;

  AttemptFolder(Path attempts, String lesson, Consumer<String> warnings) {
    this.dir = attempts.resolve(lesson);
    this.warnings = warnings;
  }

  Path journal() {
    return dir.resolve("journal.jsonl");
  }

  Path events() {
    return dir.resolve("events.jsonl");
  }

  private Path state() {
    return dir.resolve("attempt.json");
  }

  /** The attempt in this folder, if there is a readable one. */
  Optional<AttemptState> read() {
    Path file = state();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      AttemptState s = JSON.readValue(file.toFile(), AttemptState.class);
      if (s.schema() > AttemptState.SCHEMA || s.startedAt() == null) {
        throw new IOException("not an attempt this version of dockerlab can read");
      }
      return Optional.of(s);
    } catch (IOException e) {
      Path aside = file.resolveSibling("attempt.json.corrupt-" + System.currentTimeMillis());
      warnings.accept(file + " could not be read (" + e.getMessage().lines().findFirst().orElse("") + "); moved aside to " + aside.getFileName());
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // it stays where it is, and is not read
      }
      return Optional.empty();
    }
  }

  void write(AttemptState s) {
    try {
      Files.createDirectories(dir);
      try (AtomicFile out = AtomicFile.create(state(), AtomicFile.Access.OWNER_ONLY)) {
        out.stream().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        out.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + state() + ": " + e.getMessage(), e);
    }
  }

  /** Moves the current attempt (if any) to {@code old/}, keeping the newest few, and leaves the folder empty. */
  void retire(Instant now) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Path old = dir.resolveSibling("old");
    try {
      Files.createDirectories(old);
      Files.move(dir, old.resolve(dir.getFileName() + "." + now.toEpochMilli()), StandardCopyOption.REPLACE_EXISTING);
      List<Path> kept;
      try (Stream<Path> all = Files.list(old)) {
        kept = new ArrayList<>(all.filter(p -> p.getFileName().toString().startsWith(dir.getFileName() + ".")).sorted(Comparator.reverseOrder()).toList());
      }
      for (Path p : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
        delete(p);
      }
    } catch (IOException e) {
      warnings.accept("could not put the previous attempt aside (" + e.getMessage() + "); it is removed");
      delete(dir);
    }
  }

  private static void delete(Path tree) {
    try (Stream<Path> walk = Files.walk(tree)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // nothing worth stopping a lesson for
    }
  }
}
