package org.dockerlab.docker.format;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.dockerlab.docker.RegistryEvent;
import org.dockerlab.io.HumanUnits;

/**
 * Prints the engine's pull or push progress like the docker CLI. On a terminal each layer keeps one line,
 * redrawn in place with a progress bar; elsewhere (a file, a pipe, a test) each layer's status is printed
 * once when it changes, so a log does not fill with "Pushing" lines.
 */
public final class LayerProgress {
  private static final int BAR_WIDTH = 50;

  private final PrintWriter out;
  private final boolean terminal;
  /** Terminal: the line each layer is on, counted from the first line printed. */
  private final Map<String, Integer> lineOf = new HashMap<>();
  /** Not a terminal: the last status printed for each layer. */
  private final Map<String, String> lastStatus = new HashMap<>();
  private int lines;
  private String lastGlobal;

  public LayerProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public void show(RegistryEvent.Progress item) {
    String status = item.status();
    if (status == null || status.isEmpty()) {
      return; // the aux item repeats the digest that the status line before it already said
    }
    String id = item.id();
    if (id == null || id.isEmpty()) {
      if (status.equals(lastGlobal)) {
        return; // the engine says "The push refers to repository [...]" again when it retries: once is enough
      }
      lastGlobal = status;
      // as the CLI: a line that is not a layer's ends the layers before it, so that the next tag's layers
      // (push --all-tags, pull -a) get lines of their own instead of redrawing the previous tag's
      lineOf.clear();
      lastStatus.clear();
      println(status);
    } else if (!terminal) {
      if (!status.equals(lastStatus.put(id, status))) {
        println(id + ": " + status);
      }
    } else {
      redraw(id, id + ": " + status + bar(item.current(), item.total()));
    }
    out.flush();
  }

  private void redraw(String id, String text) {
    Integer line = lineOf.get(id);
    if (line == null) {
      lineOf.put(id, lines);
      println(text);
      return;
    }
    int up = lines - line;
    out.print("\033[" + up + "A\r\033[2K" + text + "\r\033[" + up + "B");
  }

  private void println(String text) {
    out.println(text);
    lines++;
  }

  /** {@code  [=====>     ]  1.2MB/3.4MB}, as the CLI's JSONProgress draws it. */
  static String bar(long current, long total) {
    if (current <= 0 && total <= 0) {
      return "";
    }
    if (total <= 0) {
      return " " + String.format("%8s", humanSize(current));
    }
    int filled = (int) Math.min(BAR_WIDTH, current * 100 / total / 2);
    return " [" + "=".repeat(filled) + ">" + " ".repeat(BAR_WIDTH - filled) + "] "
        + String.format("%8s", humanSize(current)) + "/" + humanSize(total);
  }

  /** Decimal units with up to four significant digits, like Go's units.HumanSize: {@code 3.416MB}. */
  private static String humanSize(long bytes) {
    return HumanUnits.size(bytes, 4);
  }
}
