package org.dockerlab.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dockerlab.docker.DockerGateway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lab's shell in a real terminal for each test ({@link Tmux#labShell}), at its first prompt, with the
 * engine beside it to look at what the typed lines did; after each test an optional clean-up runs on the
 * engine, then the terminal and the connection close. Register it as a field:
 * {@code @TempDir Path state; @RegisterExtension final LabTerminal lab = new LabTerminal(() -> state, PROMPT, START);}
 */
public final class LabTerminal implements BeforeEachCallback, AfterEachCallback {
  private final Supplier<Path> state;
  private final String prompt;
  private final Duration start;
  private Consumer<DockerGateway> cleanUp = engine -> {};
  private Tmux tmux;
  private DockerGateway engine;

  /** @param state the lab's state directory, read when each test starts (a {@code @TempDir} field is set by then) */
  public LabTerminal(Supplier<Path> state, String prompt, Duration start) {
    this.state = state;
    this.prompt = prompt;
    this.start = start;
  }

  /** What to remove from the engine after each test: the containers it started, say. */
  public LabTerminal cleaningUp(Consumer<DockerGateway> cleanUp) {
    this.cleanUp = cleanUp;
    return this;
  }

  public Tmux tmux() {
    return tmux;
  }

  public DockerGateway engine() {
    return engine;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    tmux = Tmux.labShell(state.get(), prompt, start);
    engine = TestEngine.connect(state.get());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      if (tmux != null) {
        tmux.close();
      }
    } finally {
      if (engine != null) {
        try {
          cleanUp.accept(engine);
        } finally {
          engine.close();
        }
      }
    }
  }
}
