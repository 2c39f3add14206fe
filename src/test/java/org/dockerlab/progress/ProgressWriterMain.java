package org.dockerlab.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A second "shell" in its own process for {@link ProgressStoreTest}: records N checks of one step.
 * Arguments: FILE LESSON STEP-PREFIX COUNT. Prints {@code ready} before its first update.
 */
public final class ProgressWriterMain {
  private ProgressWriterMain() {}

  public static void main(String[] args) {
    ProgressStore store = new ProgressStore(Path.of(args[0]), w -> System.err.println("warning: " + w), Clock.systemUTC());
    String lesson = args[1];
    int count = Integer.parseInt(args[3]);
    // the JVM takes longer to start than the updates take: say when ready, so the two shells overlap
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; i < count; i++) {
      String step = args[2] + "-" + i;
      store.update(p -> p.withStep(lesson, step, s -> s.checked(Instant.now(), true, null)));
    }
  }
}
