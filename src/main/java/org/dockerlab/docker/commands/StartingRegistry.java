package org.dockerlab.docker.commands;

import java.util.regex.Pattern;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.ImageRef;

/**
 * A registry container answers a moment after {@code docker run -d} returns. When a push or pull to a
 * registry on this machine fails because nothing answers yet, it is tried again for a few seconds
 * instead of failing a learner who typed (or pasted) the next line quickly.
 */
final class StartingRegistry {
  private static final Pattern NOT_YET =
      Pattern.compile("connection reset by peer|connection refused|: EOF$|EOF\"?$", Pattern.CASE_INSENSITIVE);
  private static final int TRIES = 10;
  private static final long PAUSE_MILLIS = 500;

  private StartingRegistry() {}

  static void retry(ImageRef ref, DockerIo io, Runnable action) {
    retry(ref.registry(), io, () -> {
      action.run();
      return null;
    });
  }

  /** The same for a registry given by its host ({@code localhost:5000}), returning the action's result. */
  static <T> T retry(String registry, DockerIo io, java.util.function.Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (EngineError e) {
        if (attempt >= TRIES || !isLocal(registry) || !NOT_YET.matcher(e.getMessage()).find()) {
          throw e;
        }
        if (attempt == 1) {
          io.err().println("The registry at " + registry + " is not answering yet; trying again for a few seconds...");
          io.err().flush();
        }
        pause(io);
      }
    }
  }

  private static boolean isLocal(String registry) {
    String host = registry == null ? "" : registry.replaceFirst(":\\d+$", "");
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  private static void pause(DockerIo io) {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
    io.cancel().check();
  }
}
