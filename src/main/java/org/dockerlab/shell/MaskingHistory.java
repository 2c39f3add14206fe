package org.dockerlab.shell;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/** The shell's history, which stores every line with its secrets replaced: never a password. */
public final class MaskingHistory extends DefaultHistory {
  @Override
  public void add(Instant time, String line) {
    super.add(time, SecretMasker.mask(line));
  }
}
