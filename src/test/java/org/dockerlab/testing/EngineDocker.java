package org.dockerlab.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dockerlab.docker.DockerGateway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lab's docker subcommands on the real engine for each test of an integration test, working in the
 * test's directory with a config.json of its own there; after each test (and after its {@code @AfterEach}
 * methods) an optional clean-up runs on the engine, then the connection closes. Register it as a field:
 * {@code @TempDir Path dir; @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir);}
 */
public final class EngineDocker implements BeforeEachCallback, AfterEachCallback {
  private final Supplier<Path> dir;
  private Consumer<DockerGateway> cleanUp = engine -> {};
  private DockerRunner runner;

  /** @param dir the test's directory, read when each test starts (a {@code @TempDir} field is set by then) */
  public EngineDocker(Supplier<Path> dir) {
    this.dir = dir;
  }

  /** What to remove from the engine after each test: the test's images, say. */
  public EngineDocker cleaningUp(Consumer<DockerGateway> cleanUp) {
    this.cleanUp = cleanUp;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Path workdir = dir.get();
    runner = new DockerRunner(workdir, workdir.resolve("config"));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      cleanUp.accept(runner.engine());
    } finally {
      runner.close();
    }
  }

  public DockerGateway engine() {
    return runner.engine();
  }

  /** Runs {@code docker ARGS}; see {@link DockerRunner#run(String...)}. */
  public DockerRunner.Result run(String... args) {
    return runner.run(args);
  }

  /** Runs {@code docker ARGS} with the text as stdin; see {@link DockerRunner#runWithStdin}. */
  public DockerRunner.Result runWithStdin(String stdin, String... args) {
    return runner.runWithStdin(stdin, args);
  }

  /** Runs with the given stdin and stdout; see {@link DockerRunner#run(InputStream, OutputStream, String...)}. */
  public DockerRunner.Result run(InputStream stdin, OutputStream stdout, String... args) {
    return runner.run(stdin, stdout, args);
  }
}
