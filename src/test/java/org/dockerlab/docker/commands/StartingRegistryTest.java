package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.dockerlab.docker.EngineError;
import org.junit.jupiter.api.Test;

class StartingRegistryTest {
  private final StringWriter err = new StringWriter();
  private final DockerIo io =
      new DockerIo(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(new StringWriter()),
          new PrintWriter(err, true), false, false, Path.of("."), CancelToken.none());

  @Test
  void aLocalRegistryThatIsStillStarting_isTriedAgain_andTheWaitIsSaid() {
    AtomicInteger calls = new AtomicInteger();
    String result = StartingRegistry.retry("localhost:5000", io, () -> {
      if (calls.incrementAndGet() < 3) {
        throw new EngineError(500, "Get \"http://localhost:5000/v2/\": EOF", null);
      }
      return "Login Succeeded";
    });
    assertThat(result).isEqualTo("Login Succeeded");
    assertThat(calls).hasValue(3);
    assertThat(err.toString()).containsOnlyOnce("is not answering yet");
  }

  @Test
  void aRefusal_isNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> StartingRegistry.retry("localhost:5000", io, () -> {
      calls.incrementAndGet();
      throw new EngineError(500, "login attempt to http://localhost:5000/v2/ failed with status: 401 Unauthorized", null);
    })).hasMessageContaining("401");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aRemoteRegistry_isNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> StartingRegistry.retry("registry.example.com", io, () -> {
      calls.incrementAndGet();
      throw new EngineError(500, "dial tcp: connection refused", null);
    })).isInstanceOf(EngineError.class);
    assertThat(calls).hasValue(1);
  }
}
