package org.dockerlab.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import org.dockerlab.io.Futures;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/** The one way the lab opens the learner's terminal. */
final class Terminals {
  /** The terminal being opened ahead, for the shell to take; null when none is. */
  private static volatile CompletableFuture<Terminal> ahead;

  private Terminals() {}

  /** The learner's terminal: the one {@link #openAhead} opened, if it did, else one opened now. */
  static Terminal system() throws IOException {
    CompletableFuture<Terminal> opening = ahead;
    ahead = null;
    if (opening != null) {
      return Futures.join(opening, IOException.class);
    }
    return open();
  }

  /**
   * Starts opening the terminal on a daemon thread, for {@link #system()} to take: the shell's model is
   * built meanwhile (picocli reads the commands' annotations, 0.1 s on a busy machine), and these two
   * together were most of the way to the prompt. Only for a command line that surely opens the shell at a
   * terminal ({@link #opensTheShell}).
   */
  static void openAhead() {
    CompletableFuture<Terminal> opening = new CompletableFuture<>();
    ahead = opening;
    Thread t = new Thread(() -> {
      try {
        opening.complete(open());
      } catch (IOException | RuntimeException | Error e) {
        opening.completeExceptionally(e);
      }
    }, "dockerlab-terminal");
    t.setDaemon(true);
    t.start();
  }

  /** Whether these arguments open the interactive lab shell: none, or {@code shell} alone, at a terminal. */
  static boolean opensTheShell(String[] args) {
    return System.console() != null && (args.length == 0 || (args.length == 1 && args[0].equals("shell")));
  }

  /**
   * The system terminal through JLine's JNI provider (no process for the terminal's modes and size), or,
   * where its native library cannot load, its exec provider ({@code stty}). Not JNA, which the jar leaves
   * out, nor FFM, which needs Java 22. Three things JLine would otherwise do on the way to every prompt are
   * done here at no cost, each worth 10-40 ms on a busy machine: naming the one provider (JLine asks every
   * provider it knows whether the output is a terminal, and exec's answer is a {@code test -t 1} process),
   * the encoding (JLine looks for a Windows code page "ms0" first, which loads every extended charset),
   * and the capabilities of the common terminal types, which JLine bundles but reads with
   * {@code infocmp} first.
   */
  private static Terminal open() throws IOException {
    knownCapabilities(System.getenv("TERM"));
    try {
      return builder().provider("jni").dumb(false).build();
    } catch (IllegalStateException | IOException e) {
      return builder().provider("exec").build();
    }
  }

  private static TerminalBuilder builder() {
    return TerminalBuilder.builder().system(true).name("dockerlab").encoding(Charset.defaultCharset());
  }

  /** The capabilities JLine bundles for this type (xterm, xterm-256color, screen, ...), where it has them. */
  private static void knownCapabilities(String type) {
    if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
      String caps = InfoCmp.getDefaultInfoCmp(type);
      if (caps != null) {
        InfoCmp.setLoadedInfoCmp(type, caps);
      }
    }
  }
}
