package org.dockerlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Work joined from another thread fails as it would have failed on this one. */
class FuturesTest {
  @Test
  void theResult_orTheWorksOwnRuntimeExceptionOrError_unwrapped() {
    assertThat(Futures.join(CompletableFuture.supplyAsync(() -> "done"))).isEqualTo("done");
    IllegalStateException thrown = new IllegalStateException("no engine");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.supplyAsync(() -> { throw thrown; }))).isSameAs(thrown);
    AssertionError error = new AssertionError("broken");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(error))).isSameAs(error);
  }

  @Test
  void aCheckedException_isThrownAsItself_whenItsTypeIsNamed_elseStaysWrapped() {
    IOException io = new IOException("no terminal");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io), IOException.class)).isSameAs(io);
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io))).isInstanceOf(CompletionException.class).hasCause(io);
    RuntimeException runtime = new RuntimeException("bad name");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(runtime), IOException.class)).isSameAs(runtime);
  }
}
