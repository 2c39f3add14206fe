package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The docker CLI's {@code --format} for lists ({@code images}, {@code ps}, {@code history}): a Go template
 * run once per row, each followed by a newline; {@code table ...} adds the columns' headers and lines the
 * cells up at their tabs as the CLI's tabwriter does. A literal {@code \t} or {@code \n} typed in the
 * template is a tab or a newline, as in the CLI.
 */
public final class RowFormat {
  private final boolean table;
  private final GoTemplate template;

  /** Parses the format; one the lab cannot run is refused here, before the engine is asked anything. */
  public RowFormat(String format) {
    String body = format;
    table = format.startsWith("table");
    if (table) {
      body = format.substring("table".length());
    }
    body = body.strip().replace("\\t", "\t").replace("\\n", "\n");
    template = new GoTemplate(body, true);
  }

  public boolean table() {
    return table;
  }

  /**
   * Prints the rows.
   *
   * @param headers each field's column header ({@code ID} is {@code IMAGE ID}), used by {@code table}
   */
  public void print(Map<String, String> headers, List<? extends JsonNode> rows, PrintWriter out) {
    if (!table) {
      rows.forEach(r -> out.print(template.render(r) + "\n"));
      out.flush();
      return;
    }
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    headers.forEach(header::put);
    TableWriter tabs = new TableWriter();
    addLines(tabs, template.renderHeader(header));
    rows.forEach(r -> addLines(tabs, template.render(r)));
    tabs.print(out);
    out.flush();
  }

  private static void addLines(TableWriter tabs, String text) {
    List<String> lines = new ArrayList<>(Arrays.asList((text + "\n").split("\n", -1)));
    lines.remove(lines.size() - 1);
    lines.forEach(line -> tabs.row(Arrays.asList(line.split("\t", -1))));
  }
}
