package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.errors.LabException;

/** {@code -f key=value} options, grouped by key as the Engine API's {@code filters} parameter takes them. */
final class Filters {
  private Filters() {}

  static Map<String, List<String>> parse(List<String> filters) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (String f : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw LabException.badInput("bad format of filter (expected name=value): " + f);
      }
      byKey.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>()).add(f.substring(eq + 1));
    }
    return byKey;
  }
}
