package org.dockerlab.io;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work begun on another thread, so that it fails as it would have failed on this one. */
public final class Futures {
  private Futures() {}

  /** The result; a runtime exception or error of the work is thrown as it is, not wrapped. */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw unwrapped(e);
    }
  }

  /** The same for work that may also fail with a checked exception of the given type. */
  public static <T, X extends Exception> T join(CompletableFuture<T> future, Class<X> checked) throws X {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (checked.isInstance(e.getCause())) {
        throw checked.cast(e.getCause());
      }
      throw unwrapped(e);
    }
  }

  private static RuntimeException unwrapped(CompletionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return e.getCause() instanceof RuntimeException cause ? cause : e;
  }
}
