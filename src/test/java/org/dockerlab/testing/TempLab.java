package org.dockerlab.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A lab of a test's own, for the lab run as a process ({@link LabProcess}): a fresh temporary root with the
 * lab's state directory in it, removed after each test, deepest first. With {@link #resetAllAfter()}, the
 * lab's {@code reset all} first removes what its lessons made in the engine. Register it as a field:
 * {@code @RegisterExtension final TempLab lab = new TempLab("dlt-resume-").resetAllAfter();}
 */
public final class TempLab implements BeforeEachCallback, AfterEachCallback {
  private final String prefix;
  private boolean resetAll;
  private Path root;
  private Path state;

  public TempLab(String prefix) {
    this.prefix = prefix;
  }

  /** Runs {@code reset all} in the lab after each test, before its files go. */
  public TempLab resetAllAfter() {
    resetAll = true;
    return this;
  }

  /** The temporary root: the state directory and whatever else the test keeps beside it. */
  public Path root() {
    return root;
  }

  /** The lab's state directory ({@code DOCKERLAB_HOME}). */
  public Path state() {
    return state;
  }

  /** A directory under the root, made if it is not there. */
  public Path dir(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  /** The lab's shell with these lines as its input, given at most three minutes. */
  public LabProcess.Result shell(String lines) throws IOException, InterruptedException {
    return new LabProcess(state).run(lines, 180, "shell");
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    root = Files.createTempDirectory(prefix);
    state = Files.createDirectories(root.resolve("state"));
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (resetAll) {
      shell("reset all\n");
    }
    deleteTree(root);
  }

  /** Deletes a directory and everything under it, deepest first. */
  public static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
