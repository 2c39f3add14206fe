package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranges of a line to replace, merged where they overlap, applied so the rest stays byte-identical. */
final class MaskRanges {
  private record Range(int start, int end, String replacement) {}

  private final String line;
  private final List<Range> ranges = new ArrayList<>();

  MaskRanges(String line) {
    this.line = line;
  }

  void add(int start, int end, String replacement) {
    if (start >= 0 && end <= line.length() && start < end) {
      ranges.add(new Range(start, end, replacement));
    }
  }

  String apply() {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(Range::start).thenComparing(Comparator.comparingInt(Range::end).reversed()));
    StringBuilder out = new StringBuilder(line.length());
    int copied = 0;
    int i = 0;
    while (i < sorted.size()) {
      Range first = sorted.get(i);
      int end = first.end();
      for (i++; i < sorted.size() && sorted.get(i).start() < end; i++) {
        end = Math.max(end, sorted.get(i).end());
      }
      out.append(line, copied, first.start()).append(first.replacement());
      copied = end;
    }
    return out.append(line, copied, line.length()).toString();
  }
}
