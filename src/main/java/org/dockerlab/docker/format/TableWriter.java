package org.dockerlab.docker.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out rows like the docker CLI's Go tabwriter ({@code minwidth 10, padding 3}): every column but the
 * last is as wide as its widest cell plus three spaces, and never narrower than ten.
 */
public final class TableWriter {
  private static final int MIN_WIDTH = 10;
  private static final int PADDING = 3;
  private final List<List<String>> rows = new ArrayList<>();

  public TableWriter row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  public TableWriter row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  public void print(PrintWriter out) {
    render().forEach(out::println);
  }

  public List<String> render() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size() - 1; c++) {
        widths[c] = Math.max(widths[c], Math.max(MIN_WIDTH, width(row.get(c)) + PADDING));
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - width(cell)));
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  // Go's tabwriter counts runes, so "…" is one column wide
  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
