package org.dockerlab.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.GenericContainer;

/**
 * A registry:2 of a test class's own ({@link TestRegistries}), started once before its tests under a name
 * that says which test made it, stopped after them. Register it as a static field:
 * {@code @RegisterExtension static final TestRegistry registry = new TestRegistry(TestRegistries::open, "dlt-reg-open-");}
 */
public final class TestRegistry implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<GenericContainer<?>> make;
  private final String namePrefix;
  private GenericContainer<?> container;
  private String host;

  public TestRegistry(Supplier<GenericContainer<?>> make, String namePrefix) {
    this.make = make;
    this.namePrefix = namePrefix;
  }

  /** Where the engine reaches it: {@code localhost:PORT}. */
  public String host() {
    return host;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    container = make.get().withCreateContainerCmdModifier(c -> c.withName(namePrefix + System.nanoTime()));
    container.start();
    host = "localhost:" + container.getMappedPort(5000);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (container != null) {
      container.stop();
    }
  }
}
