package org.dockerlab.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The one way the lab opens the learner's terminal. */
final class Terminals {
  private Terminals() {}

  /**
   * The system terminal through JLine's exec provider (stty, as JLine ends up using on Linux and macOS
   * anyway), with its JNI provider as the fallback. Not JNA, which the jar leaves out, nor FFM, which needs
   * Java 22; naming the providers keeps JLine from trying (and loading) those for 0.1 s first.
   */
  static Terminal system() throws IOException {
    return TerminalBuilder.builder().system(true).name("dockerlab").providers("exec,jni").build();
  }
}
