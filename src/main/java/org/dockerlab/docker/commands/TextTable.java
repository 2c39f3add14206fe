package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns laid out like the docker CLI's tables (Go's tabwriter with minimum width 10 and padding 3): every
 * column but the last is padded to its widest cell plus three spaces.
 */
final class TextTable {
  private static final int MIN_WIDTH = 10;
  private static final int PADDING = 3;

  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(List.of(header));
  }

  void add(String... cells) {
    rows.add(List.of(cells));
  }

  void print(PrintWriter out) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns - 1; c++) {
        widths[c] = Math.max(widths[c], Math.max(MIN_WIDTH, row.get(c).length() + PADDING));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns - 1; c++) {
        line.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length()));
      }
      out.println(line.append(row.get(columns - 1)));
    }
  }
}
