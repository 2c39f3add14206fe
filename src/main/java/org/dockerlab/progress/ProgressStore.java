package org.dockerlab.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.files.AtomicFile;

/**
 * progress.json: every change locks the file against other shells, re-reads it, applies the change and
 * writes it atomically, so two shells completing different steps both keep theirs and a crash mid-write
 * loses nothing. A corrupt file is moved aside with a one-line warning and a fresh one started.
 */
public final class ProgressStore {
  /** Made on the first write (or a read {@link ProgressReader} cannot do): its start-up is 0.1-0.2 s. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * File locks belong to the whole JVM: a second channel asking for a lock the process already holds
   * gets OverlappingFileLockException instead of waiting. Stores of one process (the shell and a
   * command run from it, or tests) therefore queue here first, per file, then take the file lock that
   * keeps other processes out.
   */
  private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Consumer<String> warnings;
  private final Clock clock;

  public ProgressStore(Path file, Consumer<String> warnings, Clock clock) {
    this.file = file;
    this.warnings = warnings;
    this.clock = clock;
  }

  /**
   * Makes Jackson's writer of progress.json now (0.1-0.2 s the first time: the object mapper is not
   * needed to read the file, see {@link ProgressReader}), so that the first change recorded is quick.
   */
  public static void warmUp() {
    Json.MAPPER.writerFor(Progress.class);
  }

  public Clock clock() {
    return clock;
  }

  /** The progress as it is on disk now. */
  public Progress read() {
    ReentrantLock local = inProcessLock();
    local.lock();
    try (FileLock lock = lock()) {
      return readUnlocked();
    } catch (IOException e) {
      throw unwritable(e);
    } finally {
      local.unlock();
    }
  }

  /** Applies a change to the progress on disk and returns the result. */
  public Progress update(UnaryOperator<Progress> change) {
    ReentrantLock local = inProcessLock();
    local.lock();
    try (FileLock lock = lock()) {
      Progress next = change.apply(readUnlocked());
      try (AtomicFile out = AtomicFile.create(file, AtomicFile.Access.OWNER_ONLY)) {
        Json.MAPPER.writeValue(new NonClosing(out.stream()), next);
        out.commit();
      }
      return next;
    } catch (IOException e) {
      throw unwritable(e);
    } finally {
      local.unlock();
    }
  }

  private ReentrantLock inProcessLock() {
    return IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
  }

  private Progress readUnlocked() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Progress.EMPTY;
    }
    try {
      Progress p = ProgressReader.read(bytes).orElse(null);
      if (p == null) { // not in the form the store writes: the object mapper reads it, or says why not
        p = readWithMapper(bytes);
      }
      if (p == null || p.schemaVersion() > Progress.SCHEMA_VERSION) {
        throw new IOException("schema version " + (p == null ? "missing" : p.schemaVersion()) + " is newer than this dockerlab knows");
      }
      return p;
    } catch (IOException e) {
      Path aside = asideName();
      Files.move(file, aside);
      warnings.accept(file.getFileName() + " could not be read (" + firstLine(e.getMessage()) + "); it was moved to "
          + aside.getFileName() + " and a fresh one started");
      return Progress.EMPTY;
    }
  }

  /** progress.json read by Jackson's object mapper, as it was always read (null for a JSON null). */
  static Progress readWithMapper(byte[] bytes) throws IOException {
    return Json.MAPPER.readValue(bytes, Progress.class);
  }

  /** A name no earlier corrupt copy has: two in the same millisecond must both be kept. */
  private Path asideName() {
    String base = file.getFileName() + ".corrupt-" + clock.instant().toEpochMilli();
    Path aside = file.resolveSibling(base);
    for (int n = 1; Files.exists(aside); n++) {
      aside = file.resolveSibling(base + "-" + n);
    }
    return aside;
  }

  private FileLock lock() throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel channel =
        FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return new ClosingLock(channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private LabException unwritable(IOException e) {
    return new LabException(ExitCode.ENVIRONMENT, "cannot update " + file + ": " + e.getMessage(), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
